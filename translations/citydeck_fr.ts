<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About CityDeck</source>
        <translation>À propos de CityDeck</translation>
    </message>
    <message>
        <source>A control room for smart-city pilots: live dashboards, alarms and KPI review on FIWARE NGSI-LD context brokers.</source>
        <translation>Une salle de contrôle pour les projets pilotes de ville intelligente : tableaux de bord en direct, alarmes et suivi des KPI sur les courtiers de contexte FIWARE NGSI-LD.</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Composant</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>Composants</translation>
    </message>
    <message>
        <source>CityDeck is distributed under the MIT licence.

It uses Qt under the GNU LGPL 3.0, VTK under the BSD 3-clause licence, GDAL/OGR and PROJ under the MIT licence and SQLite, which is in the public domain. The licence texts are installed in share/doc/citydeck.</source>
        <translation>CityDeck est distribué sous licence MIT.

Il utilise Qt sous GNU LGPL 3.0, VTK sous licence BSD à 3 clauses, GDAL/OGR et PROJ sous licence MIT et SQLite, qui est dans le domaine public. Les textes des licences sont installés dans share/doc/citydeck.</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Licences</translation>
    </message>
    <message>
        <source>Data attributions</source>
        <translation>Attributions des données</translation>
    </message>
</context>
<context>
    <name>AlarmBoard</name>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Acquittée</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Déclenchée</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entité</translation>
    </message>
    <message>
        <source>Alarm</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Cleared</source>
        <translation>Effacée</translation>
    </message>
    <message>
        <source>Cleared, unacknowledged</source>
        <translation>Effacée, non acquittée</translation>
    </message>
</context>
<context>
    <name>AlarmPanel</name>
    <message>
        <source>Acknowledge</source>
        <translation>Acquitter</translation>
    </message>
    <message>
        <source>Acknowledge all</source>
        <translation>Tout acquitter</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <source>Alarms</source>
        <translation>Alarmes</translation>
    </message>
    <message>
        <source>No alarms. Dashboards raise alarms here when a threshold is crossed.</source>
        <translation>Aucune alarme. Les tableaux de bord déclenchent ici des alarmes quand un seuil est franchi.</translation>
    </message>
    <message>
        <source>Open alarms: %1 of %2</source>
        <translation>Alarmes ouvertes : %1 sur %2</translation>
    </message>
    <message>
        <source>Data source</source>
        <translation>Source de données</translation>
    </message>
    <message>
        <source>Data source alarms</source>
        <translation>Alarmes de la source de données</translation>
    </message>
    <message>
        <source>Cleared, unacknowledged</source>
        <translation>Effacée, non acquittée</translation>
    </message>
</context>
<context>
    <name>AsOfLabel</name>
    <message>
        <source>Live — no data in the cache yet</source>
        <translation>En direct — aucune donnée en cache pour l’instant</translation>
    </message>
    <message>
        <source>Review at %1 — no data at that time</source>
        <translation>Revue au %1 — aucune donnée à ce moment</translation>
    </message>
    <message>
        <source>Live — %1 entities, none observed yet</source>
        <translation>En direct — %1 entités, aucune mesure encore</translation>
    </message>
    <message>
        <source>Review at %1 — %2 entities, none observed yet</source>
        <translation>Revue au %1 — %2 entités, aucune mesure encore</translation>
    </message>
    <message>
        <source>Live — as of %1</source>
        <translation>En direct — données au %1</translation>
    </message>
    <message>
        <source>Review at %1 — newest value %2</source>
        <translation>Revue au %1 — valeur la plus récente %2</translation>
    </message>
    <message>
        <source> — %1 of %2 stale (silent for more than %3 min)</source>
        <translation> — %1 sur %2 périmées (muettes depuis plus de %3 min)</translation>
    </message>
    <message>
        <source>NOT LIVE — no data — %1 since %2</source>
        <translation>PAS EN DIRECT — aucune donnée — %1 depuis %2</translation>
    </message>
    <message>
        <source>NOT LIVE — data as of %1 — %2 since %3</source>
        <translation>PAS EN DIRECT — données au %1 — %2 depuis %3</translation>
    </message>
</context>
<context>
    <name>BuildingPanel</name>
    <message>
        <source>&lt;b&gt;No building selected&lt;/b&gt;</source>
        <translation>&lt;b&gt;Aucun bâtiment sélectionné&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Click a building in the 3D view, or a line of the tables.</source>
        <translation>Cliquez sur un bâtiment dans la vue 3D, ou sur une ligne des tableaux.</translation>
    </message>
    <message>
        <source>Use: %1</source>
        <translation>Usage : %1</translation>
    </message>
    <message>
        <source>District: %1</source>
        <translation>Quartier : %1</translation>
    </message>
    <message>
        <source>%1 floors, %2 m high, %3 m² of floor</source>
        <translation>%1 étages, %2 m de haut, %3 m² de plancher</translation>
    </message>
    <message>
        <source>Power now: &lt;b&gt;%1 kW&lt;/b&gt; (typical for this hour: %2 kW)</source>
        <translation>Puissance actuelle : &lt;b&gt;%1 kW&lt;/b&gt; (habituelle à cette heure : %2 kW)</translation>
    </message>
    <message>
        <source>%1: %2 kWh, %3 kWh/m²</source>
        <translation>%1 : %2 kWh, %3 kWh/m²</translation>
    </message>
    <message>
        <source>&lt;i&gt;No meter refers to this building.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Aucun compteur ne se rapporte à ce bâtiment.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;Its meter sent nothing recently.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Son compteur n&apos;a rien envoyé récemment.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Too few buildings of the same use with readings to compare.</source>
        <translation>Trop peu de bâtiments de même usage avec des relevés pour comparer.</translation>
    </message>
    <message>
        <source>kWh per hour</source>
        <translation>kWh par heure</translation>
    </message>
    <message>
        <source>kWh per day</source>
        <translation>kWh par jour</translation>
    </message>
    <message>
        <source>kWh</source>
        <translation>kWh</translation>
    </message>
    <message>
        <source>Against %1 buildings of the same use (median %2 kWh/m²): %3%4 %.</source>
        <translation>Par rapport à %1 bâtiments de même usage (médiane %2 kWh/m²) : %3%4 %.</translation>
    </message>
</context>
<context>
    <name>CityMapPanel</name>
    <message>
        <source>Street names</source>
        <translation>Noms de rues</translation>
    </message>
    <message>
        <source>Entities at the time cursor</source>
        <translation>Entités au curseur temporel</translation>
    </message>
    <message>
        <source>Add layer file…</source>
        <translation>Ajouter un fichier de couche…</translation>
    </message>
    <message>
        <source>GeoJSON, GeoPackage, Shapefile or OpenStreetMap file, in any coordinate system</source>
        <translation>Fichier GeoJSON, GeoPackage, Shapefile ou OpenStreetMap, dans tout système de coordonnées</translation>
    </message>
    <message>
        <source>Offline basemap…</source>
        <translation>Fond de carte hors ligne…</translation>
    </message>
    <message>
        <source>Use an .mbtiles file as the background map (no network needed)</source>
        <translation>Utiliser un fichier .mbtiles comme fond de carte (sans réseau)</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>Exporter en PNG…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Exporter en PDF…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Layers&lt;/b&gt;</source>
        <translation>&lt;b&gt;Couches&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The offline basemap could not be opened: %1</source>
        <translation>Le fond de carte hors ligne n’a pas pu être ouvert : %1</translation>
    </message>
    <message>
        <source>%1: %2 features in %3 layers</source>
        <translation>%1 : %2 objets dans %3 couches</translation>
    </message>
    <message>
        <source>Basemap: %1</source>
        <translation>Fond de carte : %1</translation>
    </message>
    <message>
        <source>Offline basemap %1 (%2 tiles)</source>
        <translation>Fond de carte hors ligne %1 (%2 tuiles)</translation>
    </message>
    <message>
        <source>The tile cache %1 could not be opened: %2</source>
        <translation>Le cache de tuiles %1 n’a pas pu être ouvert : %2</translation>
    </message>
    <message>
        <source>© OpenStreetMap contributors</source>
        <translation>© les contributeurs d’OpenStreetMap</translation>
    </message>
    <message>
        <source>The tile server cannot be reached: cached tiles and the city layers are shown</source>
        <translation>Le serveur de tuiles est injoignable : tuiles en cache et couches de la ville affichées</translation>
    </message>
    <message>
        <source>Basemap: OpenStreetMap</source>
        <translation>Fond de carte : OpenStreetMap</translation>
    </message>
    <message>
        <source>Add a city layer</source>
        <translation>Ajouter une couche de la ville</translation>
    </message>
    <message>
        <source>Not added: %1</source>
        <translation>Non ajoutée : %1</translation>
    </message>
    <message>
        <source>Offline basemap</source>
        <translation>Fond de carte hors ligne</translation>
    </message>
    <message>
        <source>MBTiles (*.mbtiles);;All files (*)</source>
        <translation>MBTiles (*.mbtiles);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Not opened: %1</source>
        <translation>Non ouvert : %1</translation>
    </message>
    <message>
        <source>Export the map as PDF</source>
        <translation>Exporter la carte en PDF</translation>
    </message>
    <message>
        <source>Export the map as PNG</source>
        <translation>Exporter la carte en PNG</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Résolution</translation>
    </message>
    <message>
        <source>Dots per inch:</source>
        <translation>Points par pouce :</translation>
    </message>
    <message>
        <source>CityDeck — city map at %1</source>
        <translation>CityDeck — carte de la ville au %1</translation>
    </message>
    <message>
        <source>Map written to %1</source>
        <translation>Carte écrite dans %1</translation>
    </message>
    <message>
        <source>The map could not be written: %1</source>
        <translation>La carte n’a pas pu être écrite : %1</translation>
    </message>
    <message>
        <source>Coordinate system</source>
        <translation>Système de coordonnées</translation>
    </message>
    <message>
        <source>%1

Coordinate system of this file (e.g. EPSG:2154 for Lambert-93):</source>
        <translation>%1

Système de coordonnées de ce fichier (par ex. EPSG:2154 pour Lambert-93) :</translation>
    </message>
</context>
<context>
    <name>CityPlan</name>
    <message>
        <source>Street names</source>
        <translation>Noms de rues</translation>
    </message>
</context>
<context>
    <name>ClassBreaks</name>
    <message>
        <source>Quantiles</source>
        <translation>Quantiles</translation>
    </message>
    <message>
        <source>Equal intervals</source>
        <translation>Intervalles égaux</translation>
    </message>
    <message>
        <source>Natural breaks (Jenks)</source>
        <translation>Seuils naturels (Jenks)</translation>
    </message>
</context>
<context>
    <name>ColorRamp</name>
    <message>
        <source>Viridis</source>
        <translation>Viridis</translation>
    </message>
    <message>
        <source>Cividis</source>
        <translation>Cividis</translation>
    </message>
    <message>
        <source>Magma</source>
        <translation>Magma</translation>
    </message>
    <message>
        <source>Inferno</source>
        <translation>Inferno</translation>
    </message>
    <message>
        <source>Blues (not colour-blind safe)</source>
        <translation>Bleus (non adapté au daltonisme)</translation>
    </message>
</context>
<context>
    <name>CommandLineOptions</name>
    <message>
        <source>CityDeck — a control room for smart-city pilots on NGSI-LD brokers.</source>
        <translation>CityDeck — une salle de contrôle pour les projets pilotes de ville intelligente sur courtiers NGSI-LD.</translation>
    </message>
    <message>
        <source>Start in workspace NAME (%1).</source>
        <translation>Démarrer dans l’espace de travail NAME (%1).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Connect to the embedded demo city.</source>
        <translation>Se connecter à la ville de démonstration intégrée.</translation>
    </message>
    <message>
        <source>User interface language (%1) for this run.</source>
        <translation>Langue de l’interface (%1) pour cette exécution.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>Forget the saved window layouts of all workspaces.</source>
        <translation>Oublier les dispositions de fenêtres enregistrées de tous les espaces de travail.</translation>
    </message>
    <message>
        <source>Start full screen without chrome (video walls).</source>
        <translation>Démarrer en plein écran sans barres ni menus (murs d’images).</translation>
    </message>
    <message>
        <source>Read and write settings in FILE instead of the user&apos;s settings.</source>
        <translation>Lire et écrire les réglages dans FILE au lieu des réglages de l’utilisateur.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Argument inattendu : %1</translation>
    </message>
    <message>
        <source>Unknown workspace &quot;%1&quot;; use one of: %2</source>
        <translation>Espace de travail « %1 » inconnu ; utilisez l’un de : %2</translation>
    </message>
    <message>
        <source>Unsupported language &quot;%1&quot;; use one of: %2</source>
        <translation>Langue « %1 » non prise en charge ; utilisez l’une de : %2</translation>
    </message>
    <message>
        <source>Print every plug-in found, its state and any error, then exit.</source>
        <translation>Afficher chaque extension trouvée, son état et toute erreur, puis quitter.</translation>
    </message>
    <message>
        <source>Seed of the demo city (same seed, same city).</source>
        <translation>Graine de la ville de démonstration (même graine, même ville).</translation>
    </message>
    <message>
        <source>SEED</source>
        <translation>GRAINE</translation>
    </message>
    <message>
        <source>Simulated seconds per second in the demo city.</source>
        <translation>Secondes simulées par seconde dans la ville de démonstration.</translation>
    </message>
    <message>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <source>--demo-seed needs a non-negative integer and --demo-speed a non-negative number</source>
        <translation>--demo-seed attend un entier positif ou nul et --demo-speed un nombre positif ou nul</translation>
    </message>
    <message>
        <source>Open the dashboard ID at start (may be repeated).</source>
        <translation>Ouvrir le tableau de bord ID au démarrage (peut être répété).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
</context>
<context>
    <name>ComponentVersions</name>
    <message>
        <source>Public domain</source>
        <translation>Domaine public</translation>
    </message>
    <message>
        <source>Map data © OpenStreetMap contributors, available under the Open Database Licence (ODbL 1.0).</source>
        <translation>Données cartographiques © contributeurs d’OpenStreetMap, disponibles sous licence Open Database (ODbL 1.0).</translation>
    </message>
    <message>
        <source>Entity types and attributes follow the FIWARE Smart Data Models (CC BY 4.0).</source>
        <translation>Les types d’entités et les attributs suivent les Smart Data Models de FIWARE (CC BY 4.0).</translation>
    </message>
    <message>
        <source>The demo city is synthetic: its people, cars and buildings are generated by CityDeck.</source>
        <translation>La ville de démonstration est synthétique : ses habitants, ses voitures et ses bâtiments sont générés par CityDeck.</translation>
    </message>
</context>
<context>
    <name>ConnectionController</name>
    <message>
        <source>&amp;Connections…</source>
        <translation>&amp;Connexions…</translation>
    </message>
    <message>
        <source>Demo city (simulated Saint-Quentin)</source>
        <translation>Ville de démonstration (Saint-Quentin simulée)</translation>
    </message>
    <message>
        <source>Districts</source>
        <translation>Quartiers</translation>
    </message>
    <message>
        <source>Buildings</source>
        <translation>Bâtiments</translation>
    </message>
    <message>
        <source>Streets</source>
        <translation>Rues</translation>
    </message>
</context>
<context>
    <name>ConnectionEditor</name>
    <message>
        <source>Send the tenant as Fiware-Service (older gateways)</source>
        <translation>Envoyer le tenant comme Fiware-Service (anciennes passerelles)</translation>
    </message>
    <message>
        <source>Add connection</source>
        <translation>Ajouter une connexion</translation>
    </message>
    <message>
        <source>Edit connection</source>
        <translation>Modifier la connexion</translation>
    </message>
    <message>
        <source>Same as the broker (Mintaka: http://host:8080)</source>
        <translation>Identique au broker (Mintaka : http://hôte:8080)</translation>
    </message>
    <message>
        <source>Default tenant</source>
        <translation>Tenant par défaut</translation>
    </message>
    <message>
        <source>Core context only</source>
        <translation>Contexte de base seulement</translation>
    </message>
    <message>
        <source>127.0.0.1, any free port</source>
        <translation>127.0.0.1, un port libre</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Jeton Bearer</translation>
    </message>
    <message>
        <source>OAuth2 / Keycloak (user and password)</source>
        <translation>OAuth2 / Keycloak (utilisateur et mot de passe)</translation>
    </message>
    <message>
        <source>OAuth2 / Keycloak (client credentials)</source>
        <translation>OAuth2 / Keycloak (identifiants client)</translation>
    </message>
    <message>
        <source>X-Auth-Token (Wilma PEP proxy)</source>
        <translation>X-Auth-Token (proxy PEP Wilma)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Broker URL:</source>
        <translation>URL du &amp;broker :</translation>
    </message>
    <message>
        <source>&amp;Temporal URL:</source>
        <translation>URL &amp;temporelle :</translation>
    </message>
    <message>
        <source>T&amp;enant:</source>
        <translation>T&amp;enant :</translation>
    </message>
    <message>
        <source>@&amp;context URL:</source>
        <translation>URL du @&amp;context :</translation>
    </message>
    <message>
        <source>&amp;Authentication:</source>
        <translation>&amp;Authentification :</translation>
    </message>
    <message>
        <source>To&amp;ken:</source>
        <translation>&amp;Jeton :</translation>
    </message>
    <message>
        <source>Token &amp;endpoint:</source>
        <translation>Point d&apos;accès du j&amp;eton :</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>&amp;ID client :</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>&amp;Secret client :</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe :</translation>
    </message>
    <message>
        <source>&amp;Notifications at:</source>
        <translation>&amp;Notifications à :</translation>
    </message>
    <message>
        <source>Secrets are kept in the system keychain, never in CityDeck&apos;s settings.</source>
        <translation>Les secrets sont gardés dans le trousseau du système, jamais dans les réglages de CityDeck.</translation>
    </message>
    <message>
        <source>Give the connection a name.</source>
        <translation>Donnez un nom à la connexion.</translation>
    </message>
    <message>
        <source>The broker URL must be an http:// or https:// address.</source>
        <translation>L&apos;URL du broker doit être une adresse http:// ou https://.</translation>
    </message>
    <message>
        <source>OAuth2 needs the token endpoint, e.g. https://keycloak/realms/city/protocol/openid-connect/token.</source>
        <translation>OAuth2 demande le point d&apos;accès des jetons, p. ex. https://keycloak/realms/city/protocol/openid-connect/token.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Older values are folded into hourly averages, kept two years for KPI review</source>
        <translation>Les valeurs plus anciennes sont résumées en moyennes horaires, gardées deux ans pour la revue des KPI</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> Mo</translation>
    </message>
    <message>
        <source>Past this size the oldest values are removed first</source>
        <translation>Au-delà de cette taille, les valeurs les plus anciennes sont retirées d’abord</translation>
    </message>
    <message>
        <source>Keep &amp;values for:</source>
        <translation>Conserver les &amp;valeurs :</translation>
    </message>
    <message>
        <source>Cache si&amp;ze limit:</source>
        <translation>&amp;Taille maximale du cache :</translation>
    </message>
</context>
<context>
    <name>ConnectionManager</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Tester</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Connexions</translation>
    </message>
    <message>
        <source>Choose a connection and press Test to see what the broker offers.</source>
        <translation>Choisissez une connexion et appuyez sur Tester pour voir ce que propose le broker.</translation>
    </message>
    <message>
        <source>Entity type</source>
        <translation>Type d&apos;entité</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Entités</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>Remove connection</source>
        <translation>Supprimer la connexion</translation>
    </message>
    <message>
        <source>Remove the connection &quot;%1&quot; and its stored secrets?</source>
        <translation>Supprimer la connexion « %1 » et ses secrets enregistrés ?</translation>
    </message>
    <message>
        <source>The secret could not be stored in the system keychain: %1</source>
        <translation>Le secret n&apos;a pas pu être enregistré dans le trousseau du système : %1</translation>
    </message>
    <message>
        <source>The %1 of this connection could not be read from the system keychain: %2</source>
        <translation>Le champ %1 de cette connexion n&apos;a pas pu être lu dans le trousseau du système : %2</translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation>Test de %1…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Failed:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Échec :&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; answers: %n entity type(s), %2 entities.</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; répond : %n type d&apos;entité, %2 entités.</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; répond : %n types d&apos;entités, %2 entités.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CrowdMapPanel</name>
    <message>
        <source>Counted segments</source>
        <translation>Tronçons comptés</translation>
    </message>
    <message>
        <source>Congested segments</source>
        <translation>Tronçons saturés</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Tronçons</translation>
    </message>
    <message>
        <source>Congested</source>
        <translation>Saturé</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Compté</translation>
    </message>
    <message>
        <source>Crowding heatmap</source>
        <translation>Carte de chaleur de l&apos;affluence</translation>
    </message>
    <message>
        <source>Counters</source>
        <translation>Compteurs</translation>
    </message>
    <message>
        <source>Counters (occupancy)</source>
        <translation>Compteurs (occupation)</translation>
    </message>
    <message>
        <source>under 50 %</source>
        <translation>moins de 50 %</translation>
    </message>
    <message>
        <source>50–80 %</source>
        <translation>50–80 %</translation>
    </message>
    <message>
        <source>80 % and more</source>
        <translation>80 % et plus</translation>
    </message>
    <message>
        <source>People counted</source>
        <translation>Personnes comptées</translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <source>How far each counter&apos;s crowd spreads on the map, in pixels</source>
        <translation>Jusqu&apos;où la foule de chaque compteur s&apos;étend sur la carte, en pixels</translation>
    </message>
    <message>
        <source>Heat from:</source>
        <translation>Chaleur selon :</translation>
    </message>
    <message>
        <source>Radius:</source>
        <translation>Rayon :</translation>
    </message>
    <message>
        <source>Palette:</source>
        <translation>Palette :</translation>
    </message>
    <message>
        <source>People per counting period</source>
        <translation>Personnes par période de comptage</translation>
    </message>
    <message>
        <source>People: %1</source>
        <translation>Personnes : %1</translation>
    </message>
    <message>
        <source>Occupancy: %1 %</source>
        <translation>Occupation : %1 %</translation>
    </message>
    <message>
        <source>District: %1</source>
        <translation>Quartier : %1</translation>
    </message>
    <message>
        <source>No recent value</source>
        <translation>Aucune valeur récente</translation>
    </message>
    <message>
        <source>Over its threshold</source>
        <translation>Au-dessus de son seuil</translation>
    </message>
</context>
<context>
    <name>CrowdingDashboard</name>
    <message>
        <source>people</source>
        <translation>personnes</translation>
    </message>
    <message>
        <source>occupancy</source>
        <translation>occupation</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Compteur</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <source>Busiest counters</source>
        <translation>Compteurs les plus fréquentés</translation>
    </message>
    <message>
        <source>Crowding alarms</source>
        <translation>Alarmes d&apos;affluence</translation>
    </message>
    <message>
        <source>Crowd map</source>
        <translation>Carte de l&apos;affluence</translation>
    </message>
    <message>
        <source>Pedestrian flows</source>
        <translation>Flux piétons</translation>
    </message>
    <message>
        <source>People per counting period</source>
        <translation>Personnes par période de comptage</translation>
    </message>
    <message>
        <source>Occupancy (0–1)</source>
        <translation>Occupation (0–1)</translation>
    </message>
    <message>
        <source> people</source>
        <translation> personnes</translation>
    </message>
    <message>
        <source>Counts under this number are hidden in every view and export, so that nobody can be singled out</source>
        <translation>Les comptages inférieurs à ce nombre sont masqués dans toutes les vues et exports, pour que personne ne puisse être identifié</translation>
    </message>
    <message>
        <source>Thresholds (alarms)</source>
        <translation>Seuils (alarmes)</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Confidentialité</translation>
    </message>
    <message>
        <source>Hide counts under:</source>
        <translation>Masquer les comptages sous :</translation>
    </message>
    <message>
        <source>Counters from</source>
        <translation>Compteurs issus de</translation>
    </message>
    <message>
        <source>Thresholds and privacy</source>
        <translation>Seuils et confidentialité</translation>
    </message>
    <message>
        <source>No people counter in the cache yet (types: %1).</source>
        <translation>Aucun compteur de personnes dans le cache pour l&apos;instant (types : %1).</translation>
    </message>
    <message>
        <source>%1 counters · %2 congested · %3 over a threshold · %4 without recent data</source>
        <translation>%1 compteurs · %2 saturés · %3 au-dessus d&apos;un seuil · %4 sans données récentes</translation>
    </message>
    <message>
        <source>%1 — district %2</source>
        <translation>%1 — quartier %2</translation>
    </message>
    <message>
        <source>Every counter</source>
        <translation>Chaque compteur</translation>
    </message>
</context>
<context>
    <name>CrowdingPlugin</name>
    <message>
        <source>Crowding</source>
        <translation>Affluence</translation>
    </message>
</context>
<context>
    <name>DashboardAlarmView</name>
    <message>
        <source>Acknowledge</source>
        <translation>Acquitter</translation>
    </message>
    <message>
        <source>Acknowledge all</source>
        <translation>Tout acquitter</translation>
    </message>
</context>
<context>
    <name>DashboardMetadata</name>
    <message>
        <source>&quot;%1&quot; is missing or not a text</source>
        <translation>« %1 » est absent ou n’est pas un texte</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list of texts</source>
        <translation>« %1 » doit être une liste de textes</translation>
    </message>
    <message>
        <source>&quot;id&quot; may only contain letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;</source>
        <translation>« id » ne peut contenir que des lettres, des chiffres, « . », « _ » et « - »</translation>
    </message>
    <message>
        <source>unknown role &quot;%1&quot; (known: %2)</source>
        <translation>rôle « %1 » inconnu (connus : %2)</translation>
    </message>
    <message>
        <source>&quot;history&quot; must map entity types to days</source>
        <translation>« history » doit associer des types d&apos;entités à des jours</translation>
    </message>
    <message>
        <source>history of &quot;%1&quot; must be 1 to 400 days</source>
        <translation>l&apos;historique de « %1 » doit être de 1 à 400 jours</translation>
    </message>
</context>
<context>
    <name>DashboardNavigator</name>
    <message>
        <source>Filter dashboards</source>
        <translation>Filtrer les tableaux de bord</translation>
    </message>
    <message>
        <source>Dashboards</source>
        <translation>Tableaux de bord</translation>
    </message>
    <message>
        <source>Double-click a dashboard to open it</source>
        <translation>Double-cliquez sur un tableau de bord pour l’ouvrir</translation>
    </message>
    <message>
        <source>No dashboard matches &quot;%1&quot;.</source>
        <translation>Aucun tableau de bord ne correspond à « %1 ».</translation>
    </message>
</context>
<context>
    <name>DataBrowser</name>
    <message>
        <source>Export series…</source>
        <translation>Exporter la série…</translation>
    </message>
    <message>
        <source>Export window…</source>
        <translation>Exporter la fenêtre…</translation>
    </message>
    <message>
        <source>Filter by id</source>
        <translation>Filtrer par identifiant</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Entities with no value for longer than this are marked stale</source>
        <translation>Les entités sans valeur depuis plus longtemps sont marquées périmées</translation>
    </message>
    <message>
        <source>Every series of the entities listed, over the window, as CSV</source>
        <translation>Toutes les séries des entités listées, sur la fenêtre, en CSV</translation>
    </message>
    <message>
        <source>The selected attribute&apos;s values over the window, as CSV</source>
        <translation>Les valeurs de l’attribut choisi sur la fenêtre, en CSV</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Attribut</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>Mesuré</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Type :</translation>
    </message>
    <message>
        <source>Stale after:</source>
        <translation>Périmé après :</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>static</source>
        <translation>statique</translation>
    </message>
    <message>
        <source>Select an observed attribute of an entity first.</source>
        <translation>Choisissez d’abord un attribut mesuré d’une entité.</translation>
    </message>
    <message>
        <source>No entity matches the filter.</source>
        <translation>Aucune entité ne correspond au filtre.</translation>
    </message>
    <message>
        <source>Export series</source>
        <translation>Exporter la série</translation>
    </message>
    <message>
        <source>Export window</source>
        <translation>Exporter la fenêtre</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l’export</translation>
    </message>
    <message>
        <source>Could not export to %1:
%2</source>
        <translation>Impossible d’exporter vers %1 :
%2</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>Export terminé</translation>
    </message>
    <message>
        <source>Values written to %1: %2.</source>
        <translation>Valeurs écrites dans %1 : %2.</translation>
    </message>
</context>
<context>
    <name>DataSource</name>
    <message>
        <source>No data source</source>
        <translation>Aucune source de données</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 — live (notifications)</source>
        <translation>%1 — en direct (notifications)</translation>
    </message>
    <message>
        <source>%1 — polling: %2</source>
        <translation>%1 — interrogation périodique : %2</translation>
    </message>
    <message>
        <source>Loading cancelled; showing what was cached</source>
        <translation>Chargement annulé ; affichage des données en cache</translation>
    </message>
    <message>
        <source>newest data %1; %2</source>
        <translation>données les plus récentes %1 ; %2</translation>
    </message>
    <message>
        <source>%1: the cache could not be opened</source>
        <translation>%1 : le cache n&apos;a pas pu être ouvert</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>The cache could not be tidied: %1</source>
        <translation>Le cache n’a pas pu être nettoyé : %1</translation>
    </message>
    <message>
        <source>Cache at its size limit: the oldest %1 values were folded into hourly averages (%2 MB now)</source>
        <translation>Cache à sa taille maximale : les %1 valeurs les plus anciennes ont été résumées en moyennes horaires (%2 Mo désormais)</translation>
    </message>
    <message>
        <source>Cache tidied: %1 values past the %3-day retention folded into hourly averages (%2 MB now)</source>
        <translation>Cache nettoyé : %1 valeurs au-delà de la conservation de %3 jours résumées en moyennes horaires (%2 Mo désormais)</translation>
    </message>
    <message>
        <source>broker unreachable</source>
        <translation>courtier injoignable</translation>
    </message>
    <message>
        <source>connection error</source>
        <translation>erreur de connexion</translation>
    </message>
    <message>
        <source>subscription lost</source>
        <translation>abonnement perdu</translation>
    </message>
    <message>
        <source>notifications stopped</source>
        <translation>notifications interrompues</translation>
    </message>
    <message numerus="yes">
        <source>Back-filled %n value(s) for %1–%2</source>
        <translation>
            <numerusform>%n valeur rattrapée pour %1–%2</numerusform>
            <numerusform>%n valeurs rattrapées pour %1–%2</numerusform>
        </translation>
    </message>
    <message>
        <source>; the broker has no history for %1: only the current state was fetched, values observed in between are missing</source>
        <translation> ; le courtier n’a pas d’historique pour %1 : seul l’état actuel a été récupéré, les valeurs observées entre-temps manquent</translation>
    </message>
</context>
<context>
    <name>DecisionEngine</name>
    <message>
        <source>today</source>
        <translation>aujourd’hui</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>demain</translation>
    </message>
    <message>
        <source>no soil reading: nothing decided</source>
        <translation>aucune mesure d’humidité du sol : aucune décision</translation>
    </message>
    <message>
        <source>no soil reading since %1 %2: nothing decided</source>
        <translation>aucune mesure d’humidité du sol depuis %1 à %2 : aucune décision</translation>
    </message>
    <message>
        <source>soil moist enough (%1 ≥ %2 m³/m³): no watering</source>
        <translation>sol assez humide (%1 ≥ %2 m³/m³) : pas d’arrosage</translation>
    </message>
    <message>
        <source>rain expected %1–%2, %3 %, %4 mm: skipped although the soil is dry (%5)</source>
        <translation>pluie prévue %1–%2, %3 %, %4 mm : pas d’arrosage malgré le sol sec (%5)</translation>
    </message>
    <message>
        <source>water %1 m³ at %2</source>
        <translation>arroser %1 m³ à %2</translation>
    </message>
    <message>
        <source>soil dry (%1 &lt; %2 m³/m³), no rain expected: %3</source>
        <translation>sol sec (%1 &lt; %2 m³/m³), pas de pluie prévue : %3</translation>
    </message>
    <message>
        <source>field reserved %1: watering moved to %2 (%3)</source>
        <translation>terrain réservé %1 : arrosage décalé à %2 (%3)</translation>
    </message>
    <message>
        <source>mowing %1 %2: water after mowing, at %3 (%4)</source>
        <translation>tonte %1 à %2 : arroser après la tonte, à %3 (%4)</translation>
    </message>
    <message>
        <source>— no weather forecast received: decided on the soil alone</source>
        <translation>— aucune prévision météo reçue : décision sur la seule base du sol</translation>
    </message>
    <message>
        <source>mowing %1 %2: water after mowing (soil dry, %3; %4 mm needed)</source>
        <translation>tonte %1 à %2 : arroser après la tonte (sol sec, %3 ; %4 mm nécessaires)</translation>
    </message>
    <message>
        <source>field reserved in every watering window (%1): skipped although the soil is dry (%2)</source>
        <translation>terrain réservé dans tous les créneaux d’arrosage (%1) : pas d’arrosage malgré le sol sec (%2)</translation>
    </message>
    <message>
        <source>— no weather forecast received</source>
        <translation>— aucune prévision météo reçue</translation>
    </message>
</context>
<context>
    <name>EnergyDashboard</name>
    <message>
        <source>× its typical power</source>
        <translation>× sa puissance habituelle</translation>
    </message>
    <message>
        <source>The deviation is always drawn purple (below usual) to orange (above)</source>
        <translation>L&apos;écart est toujours dessiné du violet (sous l&apos;habitude) à l&apos;orange (au-dessus)</translation>
    </message>
    <message>
        <source>Whole city</source>
        <translation>Toute la ville</translation>
    </message>
    <message>
        <source>District of the selection</source>
        <translation>Quartier de la sélection</translation>
    </message>
    <message>
        <source>Street level at the selection</source>
        <translation>Au niveau de la rue, à la sélection</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>Exporter en PNG…</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Quartier</translation>
    </message>
    <message>
        <source>Buildings</source>
        <translation>Bâtiments</translation>
    </message>
    <message>
        <source>Power now (kW)</source>
        <translation>Puissance actuelle (kW)</translation>
    </message>
    <message>
        <source>Energy over the period (MWh)</source>
        <translation>Énergie sur la période (MWh)</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>Bâtiment</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Usage</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Districts and city</source>
        <translation>Quartiers et ville</translation>
    </message>
    <message>
        <source>Top %1 by the measure shown</source>
        <translation>Les %1 premiers selon la mesure affichée</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Totaux</translation>
    </message>
    <message>
        <source>Alarms</source>
        <translation>Alarmes</translation>
    </message>
    <message>
        <source>Colour by:</source>
        <translation>Colorer selon :</translation>
    </message>
    <message>
        <source>Colours:</source>
        <translation>Couleurs :</translation>
    </message>
    <message>
        <source>View:</source>
        <translation>Vue :</translation>
    </message>
    <message>
        <source>Export the 3D view</source>
        <translation>Exporter la vue 3D</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message>
        <source>the image could not be written</source>
        <translation>l&apos;image n&apos;a pas pu être écrite</translation>
    </message>
    <message>
        <source>No building with a footprint in the cache yet (types %1 and %2).</source>
        <translation>Aucun bâtiment avec une emprise dans le cache pour l&apos;instant (types %1 et %2).</translation>
    </message>
    <message>
        <source>%1 buildings · %2 with a meter · %3 meters without recent data · %4 drawing far more than usual · grey: no value</source>
        <translation>%1 bâtiments · %2 avec un compteur · %3 compteurs sans donnée récente · %4 consommant bien plus que d&apos;habitude · gris : pas de valeur</translation>
    </message>
    <message>
        <source>(outside the districts)</source>
        <translation>(hors des quartiers)</translation>
    </message>
    <message>
        <source>Every building</source>
        <translation>Chaque bâtiment</translation>
    </message>
    <message>
        <source>Power ÷ its typical power for the hour</source>
        <translation>Puissance ÷ sa puissance habituelle à cette heure</translation>
    </message>
    <message>
        <source>Anomaly rules (loads under 500 W typical are not watched; nothing rings in review):</source>
        <translation>Règles d&apos;anomalie (les charges habituelles sous 500 W ne sont pas surveillées ; rien ne sonne en revue) :</translation>
    </message>
</context>
<context>
    <name>EnergyMeasures</name>
    <message>
        <source>Power now</source>
        <translation>Puissance actuelle</translation>
    </message>
    <message>
        <source>Energy over the period</source>
        <translation>Énergie sur la période</translation>
    </message>
    <message>
        <source>Energy per m² of floor</source>
        <translation>Énergie par m² de plancher</translation>
    </message>
    <message>
        <source>Power against its typical hour</source>
        <translation>Puissance par rapport à son heure habituelle</translation>
    </message>
    <message>
        <source>kW</source>
        <translation>kW</translation>
    </message>
    <message>
        <source>kWh</source>
        <translation>kWh</translation>
    </message>
    <message>
        <source>kWh/m²</source>
        <translation>kWh/m²</translation>
    </message>
    <message>
        <source>× typical</source>
        <translation>× habituel</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Dernières 24 heures</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
</context>
<context>
    <name>EnergyPlugin</name>
    <message>
        <source>Building energy</source>
        <translation>Énergie des bâtiments</translation>
    </message>
</context>
<context>
    <name>EntityStateModel</name>
    <message>
        <source>No value for %1 min before the time shown</source>
        <translation>Aucune valeur depuis %1 min avant l’heure affichée</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>static</source>
        <translation>statique</translation>
    </message>
    <message>
        <source>stale</source>
        <translation>périmé</translation>
    </message>
    <message>
        <source>current</source>
        <translation>à jour</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entité</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Newest value</source>
        <translation>Valeur la plus récente</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>FeedAlarm</name>
    <message>
        <source>Data source</source>
        <translation>Source de données</translation>
    </message>
    <message>
        <source>the broker</source>
        <translation>le courtier</translation>
    </message>
    <message>
        <source>Data not live: %1</source>
        <translation>Données pas en direct : %1</translation>
    </message>
    <message>
        <source>%1: %2 since %3. The dashboards show the last data received until the feed is back.</source>
        <translation>%1 : %2 depuis %3. Les tableaux de bord affichent les dernières données reçues jusqu’au retour du flux.</translation>
    </message>
</context>
<context>
    <name>FeedWatchdog</name>
    <message>
        <source>the broker no longer has CityDeck&apos;s subscription</source>
        <translation>le courtier n’a plus l’abonnement de CityDeck</translation>
    </message>
    <message>
        <source>the subscription expired</source>
        <translation>l’abonnement a expiré</translation>
    </message>
    <message>
        <source>the broker reports that its notifications fail</source>
        <translation>le courtier signale l’échec de ses notifications</translation>
    </message>
    <message>
        <source>the broker reports that its notifications fail: %1</source>
        <translation>le courtier signale l’échec de ses notifications : %1</translation>
    </message>
    <message>
        <source>the broker sent %1 notifications, %2 arrived</source>
        <translation>le courtier a envoyé %1 notifications, %2 sont arrivées</translation>
    </message>
</context>
<context>
    <name>FieldListModel</name>
    <message>
        <source>water</source>
        <translation>arroser</translation>
    </message>
    <message>
        <source>shifted</source>
        <translation>décalé</translation>
    </message>
    <message>
        <source>skip</source>
        <translation>pas d’arrosage</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>pas de donnée</translation>
    </message>
    <message>
        <source>dry</source>
        <translation>sec</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>wet</source>
        <translation>humide</translation>
    </message>
    <message>
        <source>no recent data</source>
        <translation>pas de donnée récente</translation>
    </message>
    <message>
        <source>%1 (provisional)</source>
        <translation>%1 (provisoire)</translation>
    </message>
    <message>
        <source>%1 m³</source>
        <translation>%1 m³</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Terrain</translation>
    </message>
    <message>
        <source>Moisture (m³/m³)</source>
        <translation>Humidité (m³/m³)</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Seuil</translation>
    </message>
    <message>
        <source>Soil</source>
        <translation>Sol</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>At</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Water</source>
        <translation>Eau</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
</context>
<context>
    <name>FieldMapPanel</name>
    <message>
        <source>Sports fields</source>
        <translation>Terrains de sport</translation>
    </message>
    <message>
        <source>Soil moisture</source>
        <translation>Humidité du sol</translation>
    </message>
    <message>
        <source>dry</source>
        <translation>sec</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>wet</source>
        <translation>humide</translation>
    </message>
    <message>
        <source>no recent data</source>
        <translation>pas de donnée récente</translation>
    </message>
    <message>
        <source>Today&apos;s decision</source>
        <translation>Décision du jour</translation>
    </message>
    <message>
        <source>● water</source>
        <translation>● arroser</translation>
    </message>
    <message>
        <source>◆ shifted</source>
        <translation>◆ décalé</translation>
    </message>
    <message>
        <source>■ skip</source>
        <translation>■ pas d’arrosage</translation>
    </message>
    <message>
        <source>water %1 m³ %2</source>
        <translation>arroser %1 m³ à %2</translation>
    </message>
    <message>
        <source>→ %1, %2 m³</source>
        <translation>→ %1, %2 m³</translation>
    </message>
    <message>
        <source>skip: rain</source>
        <translation>pas d’arrosage : pluie</translation>
    </message>
    <message>
        <source>skip</source>
        <translation>pas d’arrosage</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>pas de donnée</translation>
    </message>
    <message>
        <source>Soil moisture %1 m³/m³ (threshold %2): %3</source>
        <translation>Humidité du sol %1 m³/m³ (seuil %2) : %3</translation>
    </message>
    <message>
        <source>Today: %1</source>
        <translation>Aujourd’hui : %1</translation>
    </message>
    <message>
        <source>District: %1</source>
        <translation>Quartier : %1</translation>
    </message>
</context>
<context>
    <name>FieldPanel</name>
    <message>
        <source>Field:</source>
        <translation>Terrain :</translation>
    </message>
    <message>
        <source>No sports field in the cache yet</source>
        <translation>Aucun terrain de sport dans le cache pour l’instant</translation>
    </message>
    <message>
        <source>%1 — soil moisture, last %2 days and next %3 h</source>
        <translation>%1 — humidité du sol, %2 derniers jours et %3 h à venir</translation>
    </message>
    <message>
        <source>Soil moisture (m³/m³)</source>
        <translation>Humidité du sol (m³/m³)</translation>
    </message>
    <message>
        <source>Dry threshold</source>
        <translation>Seuil de sécheresse</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <source>Expected (next 48 h)</source>
        <translation>Prévision (48 h à venir)</translation>
    </message>
    <message>
        <source>Waterings</source>
        <translation>Arrosages</translation>
    </message>
    <message>
        <source>%1: %2 m³</source>
        <translation>%1 : %2 m³</translation>
    </message>
    <message>
        <source>m³/m³</source>
        <translation>m³/m³</translation>
    </message>
    <message>
        <source>Soil temperature (°C)</source>
        <translation>Température du sol (°C)</translation>
    </message>
    <message>
        <source>Rain observed (mm/h)</source>
        <translation>Pluie observée (mm/h)</translation>
    </message>
    <message>
        <source>°C</source>
        <translation>°C</translation>
    </message>
    <message>
        <source>mm</source>
        <translation>mm</translation>
    </message>
    <message>
        <source>&lt;b&gt;Today:&lt;/b&gt; %1 — %2</source>
        <translation>&lt;b&gt;Aujourd’hui :&lt;/b&gt; %1 — %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Area:&lt;/b&gt; %1 m² · &lt;b&gt;Threshold:&lt;/b&gt; %2 m³/m³ · &lt;b&gt;Target:&lt;/b&gt; %3 m³/m³</source>
        <translation>&lt;b&gt;Surface :&lt;/b&gt; %1 m² · &lt;b&gt;Seuil :&lt;/b&gt; %2 m³/m³ · &lt;b&gt;Cible :&lt;/b&gt; %3 m³/m³</translation>
    </message>
    <message>
        <source>&lt;b&gt;Reservations today:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Réservations aujourd’hui :&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>néant</translation>
    </message>
    <message>
        <source>&lt;b&gt;Next mowing:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Prochaine tonte :&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>not scheduled</source>
        <translation>non planifiée</translation>
    </message>
    <message>
        <source>&lt;b&gt;Last mowing:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Dernière tonte :&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Water meter:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Compteur d’eau :&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>none (water computed from the decisions)</source>
        <translation>aucun (eau calculée d’après les décisions)</translation>
    </message>
    <message>
        <source>%1 m³</source>
        <translation>%1 m³</translation>
    </message>
    <message>
        <source>&lt;b&gt;Waterings, last %1 days:&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;Arrosages, %1 derniers jours :&lt;/b&gt; %2</translation>
    </message>
</context>
<context>
    <name>FlowChart</name>
    <message>
        <source>People per hour</source>
        <translation>Personnes par heure</translation>
    </message>
    <message>
        <source>Hour in progress</source>
        <translation>Heure en cours</translation>
    </message>
    <message>
        <source>Same weekday last week</source>
        <translation>Même jour la semaine dernière</translation>
    </message>
    <message>
        <source>Same weekday last year</source>
        <translation>Même jour l&apos;an dernier</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prévision</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
</context>
<context>
    <name>FlowPanel</name>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Export chart…</source>
        <translation>Exporter le graphique…</translation>
    </message>
    <message>
        <source>The chart as a PNG image or a PDF document</source>
        <translation>Le graphique en image PNG ou en document PDF</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Quartier</translation>
    </message>
    <message>
        <source>People so far</source>
        <translation>Personnes jusqu&apos;ici</translation>
    </message>
    <message>
        <source>vs last week</source>
        <translation>vs semaine dernière</translation>
    </message>
    <message>
        <source>Busiest hour</source>
        <translation>Heure de pointe</translation>
    </message>
    <message>
        <source>Towards</source>
        <translation>Aller</translation>
    </message>
    <message>
        <source>Counted at:</source>
        <translation>Compté à :</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>Jour :</translation>
    </message>
    <message>
        <source>All counters</source>
        <translation>Tous les compteurs</translation>
    </message>
    <message>
        <source>District: %1</source>
        <translation>Quartier : %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No counts stored for this day.</source>
        <translation>Aucun comptage enregistré pour ce jour.</translation>
    </message>
    <message>
        <source>People counted: &lt;b&gt;%1&lt;/b&gt; (%2 against the same hours last week%3).</source>
        <translation>Personnes comptées : &lt;b&gt;%1&lt;/b&gt; (%2 par rapport aux mêmes heures la semaine dernière%3).</translation>
    </message>
    <message>
        <source>, %1 against last year</source>
        <translation>, %1 par rapport à l&apos;an dernier</translation>
    </message>
    <message>
        <source>; no count a year ago in the cache</source>
        <translation>; aucun comptage d&apos;il y a un an dans le cache</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Busiest hours: %1.</source>
        <translation>Heures de pointe : %1.</translation>
    </message>
    <message>
        <source>Walking towards: %1 %, away: %2 %.</source>
        <translation>À l&apos;aller : %1 %, au retour : %2 %.</translation>
    </message>
    <message>
        <source>Forecast error on the last 7 days (mean absolute error): 1 hour ahead ±%1 people (%2 %), 3 hours ahead ±%3 people (%4 %).</source>
        <translation>Erreur de prévision sur les 7 derniers jours (erreur absolue moyenne) : à 1 heure ±%1 personnes (%2 %), à 3 heures ±%3 personnes (%4 %).</translation>
    </message>
    <message>
        <source>The forecast&apos;s error cannot be measured yet: the cache holds less than two weeks of counts.</source>
        <translation>L&apos;erreur de la prévision ne peut pas encore être mesurée : le cache contient moins de deux semaines de comptages.</translation>
    </message>
    <message>
        <source>Forecasts are shown for today.</source>
        <translation>Les prévisions sont affichées pour aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>%1 hour(s) with fewer than %2 people are not shown (privacy).</source>
        <translation>%1 heure(s) avec moins de %2 personnes ne sont pas affichées (confidentialité).</translation>
    </message>
    <message>
        <source>Export pedestrian flows as CSV</source>
        <translation>Exporter les flux piétons en CSV</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>HeatmapLayer</name>
    <message>
        <source>low</source>
        <translation>faible</translation>
    </message>
    <message>
        <source>%1 per cell</source>
        <translation>%1 par cellule</translation>
    </message>
    <message>
        <source>high</source>
        <translation>élevé</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Show plug-ins…</source>
        <translation>Afficher les extensions…</translation>
    </message>
    <message>
        <source>No data source. Dashboards show data once CityDeck is connected to an NGSI-LD broker or to the demo city.</source>
        <translation>Aucune source de données. Les tableaux de bord affichent des données dès que CityDeck est connecté à un courtier NGSI-LD ou à la ville de démonstration.</translation>
    </message>
    <message>
        <source>Data source</source>
        <translation>Source de données</translation>
    </message>
    <message>
        <source>Dashboards</source>
        <translation>Tableaux de bord</translation>
    </message>
    <message>
        <source>Tip: F11 switches to kiosk mode for video walls; the Workspace menu changes role.</source>
        <translation>Astuce : F11 passe en mode kiosque pour les murs d’images ; le menu Espace de travail change de rôle.</translation>
    </message>
    <message>
        <source>%1 workspace</source>
        <translation>Espace de travail %1</translation>
    </message>
    <message>
        <source>No dashboard is installed for this workspace yet. Dashboard plug-ins are loaded from the plug-in folders listed in Help ▸ Plug-ins.</source>
        <translation>Aucun tableau de bord n’est encore installé pour cet espace de travail. Les extensions de tableaux de bord sont chargées depuis les dossiers indiqués dans Aide ▸ Extensions.</translation>
    </message>
    <message>
        <source>Dashboards available: %1. Double-click one in the navigator to open it; dashboards open as panels that can be tabbed, split or floated onto another screen.</source>
        <translation>Tableaux de bord disponibles : %1. Double-cliquez sur l’un d’eux dans le navigateur pour l’ouvrir ; ils s’ouvrent dans des panneaux que l’on peut grouper en onglets, juxtaposer ou détacher sur un autre écran.</translation>
    </message>
    <message>
        <source>Plug-ins that could not be loaded: %1.</source>
        <translation>Extensions qui n’ont pas pu être chargées : %1.</translation>
    </message>
</context>
<context>
    <name>KpiBoard</name>
    <message>
        <source>No target</source>
        <translation>Sans objectif</translation>
    </message>
    <message>
        <source>On target</source>
        <translation>Objectif atteint</translation>
    </message>
    <message>
        <source>Off target</source>
        <translation>Objectif non atteint</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
</context>
<context>
    <name>KpiPanel</name>
    <message>
        <source>Key performance indicators</source>
        <translation>Indicateurs clés de performance</translation>
    </message>
    <message>
        <source>No KPIs published yet. Dashboards publish their pilot KPIs here.</source>
        <translation>Aucun KPI publié pour l’instant. Les tableaux de bord publient ici les KPI de leurs projets pilotes.</translation>
    </message>
    <message>
        <source>%1 of %2 indicators with a target are on target.</source>
        <translation>%1 des %2 indicateurs dotés d’un objectif l’atteignent.</translation>
    </message>
</context>
<context>
    <name>LiveFeed</name>
    <message>
        <source>no notification arrived within %1 s of subscribing (is this computer reachable from the broker?)</source>
        <translation>aucune notification reçue dans les %1 s suivant l’abonnement (cet ordinateur est-il joignable depuis le courtier ?)</translation>
    </message>
    <message>
        <source>a live feed needs at least one entity type</source>
        <translation>un flux en direct nécessite au moins un type d’entité</translation>
    </message>
    <message>
        <source>throttling and timeInterval cannot be combined</source>
        <translation>throttling et timeInterval ne peuvent pas être combinés</translation>
    </message>
    <message>
        <source>watched attributes and timeInterval cannot be combined</source>
        <translation>les attributs surveillés et timeInterval ne peuvent pas être combinés</translation>
    </message>
    <message>
        <source>no notification receiver is listening</source>
        <translation>aucun récepteur de notifications n’est à l’écoute</translation>
    </message>
    <message>
        <source>subscribing to %1</source>
        <translation>abonnement à %1</translation>
    </message>
    <message>
        <source>the broker refused the subscription: %1</source>
        <translation>le courtier a refusé l’abonnement : %1</translation>
    </message>
    <message>
        <source>subscribed; waiting for the first notification</source>
        <translation>abonné ; en attente de la première notification</translation>
    </message>
    <message>
        <source>live through notifications</source>
        <translation>en direct par notifications</translation>
    </message>
    <message>
        <source>polling every %1 s: %2</source>
        <translation>interrogation toutes les %1 s : %2</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>arrêté</translation>
    </message>
    <message>
        <source>broker unreachable since %1: %2</source>
        <translation>courtier injoignable depuis %1 : %2</translation>
    </message>
    <message>
        <source>subscription lost since %1 (%2); subscribing again</source>
        <translation>abonnement perdu depuis %1 (%2) ; nouvel abonnement</translation>
    </message>
    <message>
        <source>notifications stopped since %1 (%2); polling every %3 s</source>
        <translation>notifications interrompues depuis %1 (%2) ; interrogation toutes les %3 s</translation>
    </message>
    <message>
        <source>the broker answers again; polling every %1 s</source>
        <translation>le courtier répond à nouveau ; interrogation toutes les %1 s</translation>
    </message>
    <message>
        <source>the broker answers again; waiting for notifications</source>
        <translation>le courtier répond à nouveau ; en attente de notifications</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Dashboard not opened</source>
        <translation>Tableau de bord non ouvert</translation>
    </message>
    <message>
        <source>Dashboards</source>
        <translation>Tableaux de bord</translation>
    </message>
    <message>
        <source>Alarms</source>
        <translation>Alarmes</translation>
    </message>
    <message>
        <source>Key performance indicators</source>
        <translation>Indicateurs clés de performance</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Réglages…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Dashboards</source>
        <translation>&amp;Tableaux de bord</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Kiosk mode</source>
        <translation>Mode &amp;kiosque</translation>
    </message>
    <message>
        <source>&amp;Workspace</source>
        <translation>&amp;Espace de travail</translation>
    </message>
    <message>
        <source>&amp;Reset layout</source>
        <translation>&amp;Réinitialiser la disposition</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>&amp;Plug-ins…</source>
        <translation>&amp;Extensions…</translation>
    </message>
    <message>
        <source>&amp;About CityDeck</source>
        <translation>À &amp;propos de CityDeck</translation>
    </message>
    <message>
        <source>No pedestrian-flow dashboard is installed.</source>
        <translation>Aucun tableau de bord de flux piétons n’est installé.</translation>
    </message>
    <message>
        <source>No dashboard plug-in is installed. See Help ▸ Plug-ins for the folders CityDeck searches and for plug-ins that failed to load.</source>
        <translation>Aucune extension de tableau de bord n’est installée. Voir Aide ▸ Extensions pour les dossiers où CityDeck cherche et pour les extensions qui n’ont pas pu être chargées.</translation>
    </message>
    <message>
        <source>No dashboard available</source>
        <translation>Aucun tableau de bord disponible</translation>
    </message>
    <message>
        <source>&amp;Close all dashboards</source>
        <translation>&amp;Fermer tous les tableaux de bord</translation>
    </message>
    <message>
        <source>CityDeck — %1</source>
        <translation>CityDeck — %1</translation>
    </message>
    <message>
        <source>The dashboard &quot;%1&quot; is not available in the %2 workspace.</source>
        <translation>Le tableau de bord « %1 » n’est pas disponible dans l’espace de travail %2.</translation>
    </message>
    <message>
        <source>The dashboard &quot;%1&quot; could not be created: %2</source>
        <translation>Le tableau de bord « %1 » n’a pas pu être créé : %2</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The new language is used from the next start of CityDeck.</source>
        <translation>La nouvelle langue sera utilisée au prochain démarrage de CityDeck.</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Temps</translation>
    </message>
    <message>
        <source>City map</source>
        <translation>Carte de la ville</translation>
    </message>
</context>
<context>
    <name>MapDecorations</name>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
</context>
<context>
    <name>MapExporter</name>
    <message>
        <source>the PDF could not be started</source>
        <translation>le PDF n’a pas pu être commencé</translation>
    </message>
</context>
<context>
    <name>MapLayerList</name>
    <message>
        <source>Tick to show a layer; the top one is drawn over the others</source>
        <translation>Cochez pour afficher une couche ; celle du haut est dessinée par-dessus les autres</translation>
    </message>
    <message>
        <source>Opacity of the selected layer</source>
        <translation>Opacité de la couche choisie</translation>
    </message>
    <message>
        <source>Zoom to layer</source>
        <translation>Zoomer sur la couche</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation>Opacité</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <source>Zoom in (+)</source>
        <translation>Zoom avant (+)</translation>
    </message>
    <message>
        <source>Zoom out (−)</source>
        <translation>Zoom arrière (−)</translation>
    </message>
    <message>
        <source>Whole city (Home)</source>
        <translation>Toute la ville (Début)</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>E</source>
        <translation>E</translation>
    </message>
    <message>
        <source>W</source>
        <translation>O</translation>
    </message>
</context>
<context>
    <name>MarkerLayer</name>
    <message>
        <source>%1 markers — click to zoom in</source>
        <translation>%1 repères — cliquer pour zoomer</translation>
    </message>
</context>
<context>
    <name>NotificationReceiver</name>
    <message>
        <source>notifications cannot be received: %1:%2 is taken by another program or not allowed</source>
        <translation>les notifications ne peuvent pas être reçues : %1:%2 est pris par un autre programme ou non autorisé</translation>
    </message>
</context>
<context>
    <name>OccupancyChart</name>
    <message>
        <source>Occupancy (hourly mean)</source>
        <translation>Occupation (moyenne horaire)</translation>
    </message>
    <message>
        <source>Mean occupancy</source>
        <translation>Occupation moyenne</translation>
    </message>
    <message>
        <source>Busiest hour</source>
        <translation>Heure la plus chargée</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prévision</translation>
    </message>
    <message>
        <source>Saturation (95 %)</source>
        <translation>Saturation (95 %)</translation>
    </message>
</context>
<context>
    <name>OccupancyPanel</name>
    <message>
        <source>Whole city</source>
        <translation>Toute la ville</translation>
    </message>
    <message>
        <source>By hour (last 2 days and forecast)</source>
        <translation>Par heure (2 derniers jours et prévision)</translation>
    </message>
    <message>
        <source>By day (5 weeks)</source>
        <translation>Par jour (5 semaines)</translation>
    </message>
    <message>
        <source>By week (5 weeks)</source>
        <translation>Par semaine (5 semaines)</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Weekday peak</source>
        <translation>Pointe en semaine</translation>
    </message>
    <message>
        <source>Weekend peak</source>
        <translation>Pointe le week-end</translation>
    </message>
    <message>
        <source>Hours ≥ 95 %</source>
        <translation>Heures ≥ 95 %</translation>
    </message>
    <message>
        <source>Mean occupancy</source>
        <translation>Occupation moyenne</translation>
    </message>
    <message>
        <source>Mean stay</source>
        <translation>Durée moyenne</translation>
    </message>
    <message>
        <source>Cars parked ÷ cars entering (Little&apos;s law), where the site counts its entrances</source>
        <translation>Voitures stationnées ÷ voitures entrantes (loi de Little), là où le site compte ses entrées</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Export chart…</source>
        <translation>Exporter le graphique…</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Afficher :</translation>
    </message>
    <message>
        <source>Peak hours, last 7 days (double-click a site to chart it)</source>
        <translation>Heures de pointe, 7 derniers jours (double-clic sur un site pour son graphique)</translation>
    </message>
    <message>
        <source>Occupancy — %1</source>
        <translation>Occupation — %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Forecast:&lt;/b&gt; not enough history yet (it needs the same hours on previous days).</source>
        <translation>&lt;b&gt;Prévision :&lt;/b&gt; pas encore assez d&apos;historique (il faut les mêmes heures les jours précédents).</translation>
    </message>
    <message>
        <source>±%1 points</source>
        <translation>±%1 points</translation>
    </message>
    <message>
        <source>not measured yet</source>
        <translation>pas encore mesurée</translation>
    </message>
    <message>
        <source>&lt;b&gt;Forecast&lt;/b&gt; (same weekday and hour over past weeks, corrected by the last hours): %1</source>
        <translation>&lt;b&gt;Prévision&lt;/b&gt; (même jour de semaine et même heure les semaines passées, corrigée par les dernières heures) : %1</translation>
    </message>
    <message>
        <source>Its mean error over the last 7 days: %1 one hour ahead, %2 three hours ahead.</source>
        <translation>Son erreur moyenne sur les 7 derniers jours : %1 à une heure, %2 à trois heures.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Last 7 days:&lt;/b&gt; mean %1, %2 h at saturation</source>
        <translation>&lt;b&gt;7 derniers jours :&lt;/b&gt; moyenne %1, %2 h à saturation</translation>
    </message>
    <message>
        <source>; weekday peak %1 (%2)</source>
        <translation>; pointe en semaine %1 (%2)</translation>
    </message>
    <message>
        <source>; weekend peak %1 (%2)</source>
        <translation>; pointe le week-end %1 (%2)</translation>
    </message>
    <message>
        <source>; mean stay %1 h</source>
        <translation>; durée moyenne %1 h</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>Export parking occupancy as CSV</source>
        <translation>Exporter l&apos;occupation du stationnement en CSV</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>OgrImporter</name>
    <message>
        <source>no coordinate system</source>
        <translation>aucun système de coordonnées</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 n’existe pas</translation>
    </message>
    <message>
        <source>%1 is not a vector layer GDAL can read%2</source>
        <translation>%1 n’est pas une couche vectorielle lisible par GDAL%2</translation>
    </message>
    <message>
        <source>%1 is not a coordinate system PROJ knows (try EPSG:code)</source>
        <translation>%1 n’est pas un système de coordonnées connu de PROJ (essayez EPSG:code)</translation>
    </message>
    <message>
        <source>%1 has %2: its coordinates are not longitude/latitude and the file does not say which system they are in (a Shapefile without its .prj?); choose it, e.g. EPSG:3435</source>
        <translation>%1 n’a %2 : ses coordonnées ne sont pas des longitudes/latitudes et le fichier ne dit pas dans quel système elles sont (un Shapefile sans son .prj ?) ; choisissez-le, par ex. EPSG:3435</translation>
    </message>
    <message>
        <source>%1 has no features with a geometry</source>
        <translation>%1 n’a aucun objet avec une géométrie</translation>
    </message>
    <message>
        <source>could not read %1 from memory</source>
        <translation>impossible de lire %1 depuis la mémoire</translation>
    </message>
    <message>
        <source>City layers (*.geojson *.json *.gpkg *.shp *.osm *.pbf *.kml *.gml);;All files (*)</source>
        <translation>Couches de la ville (*.geojson *.json *.gpkg *.shp *.osm *.pbf *.kml *.gml);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>ParkingCounts</name>
    <message>
        <source>a negative count was ignored</source>
        <translation>un comptage négatif a été ignoré</translation>
    </message>
    <message>
        <source>more spaces available or occupied than the total: ignored</source>
        <translation>plus de places libres ou occupées que le total : ignoré</translation>
    </message>
    <message>
        <source>occupancy outside 0–100 % was ignored</source>
        <translation>une occupation hors de 0–100 % a été ignorée</translation>
    </message>
    <message>
        <source>occupancy sent as a percentage</source>
        <translation>occupation envoyée en pourcentage</translation>
    </message>
    <message>
        <source>a count or occupancy is not a number</source>
        <translation>un comptage ou une occupation n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>counts and occupancy disagree</source>
        <translation>les comptages et l&apos;occupation se contredisent</translation>
    </message>
</context>
<context>
    <name>ParkingDashboard</name>
    <message>
        <source>occupancy</source>
        <translation>occupation</translation>
    </message>
    <message>
        <source>minutes without data</source>
        <translation>minutes sans donnée</translation>
    </message>
    <message>
        <source>Export sites CSV…</source>
        <translation>Exporter les sites en CSV…</translation>
    </message>
    <message>
        <source>Sites (click to select, double-click to zoom in)</source>
        <translation>Sites (clic pour sélectionner, double-clic pour zoomer)</translation>
    </message>
    <message>
        <source>Parking alarms</source>
        <translation>Alarmes stationnement</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Sites</translation>
    </message>
    <message>
        <source>Occupancy over time</source>
        <translation>Occupation dans le temps</translation>
    </message>
    <message>
        <source>Occupancy (0–1)</source>
        <translation>Occupation (0–1)</translation>
    </message>
    <message>
        <source>Minutes without data</source>
        <translation>Minutes sans donnée</translation>
    </message>
    <message>
        <source>Thresholds (alarms)</source>
        <translation>Seuils (alarmes)</translation>
    </message>
    <message>
        <source>An alarm is raised once when a site crosses its limit, and again only after it fell 10 % below it. Nothing is raised while reviewing the past.</source>
        <translation>Une alarme est levée une fois quand un site franchit sa limite, puis de nouveau seulement après être redescendu 10 % en dessous. Rien n&apos;est levé en revoyant le passé.</translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation>Seuils</translation>
    </message>
    <message>
        <source>No parking site in the cache yet (types: %1).</source>
        <translation>Aucun site de stationnement dans le cache pour l&apos;instant (types : %1).</translation>
    </message>
    <message>
        <source>%1 sites · %2 spaces free of %3 · %4 at 95 % or more · %5 without recent data · %6 with inconsistent data</source>
        <translation>%1 sites · %2 places libres sur %3 · %4 à 95 % ou plus · %5 sans donnée récente · %6 avec des données incohérentes</translation>
    </message>
    <message>
        <source>Every site</source>
        <translation>Chaque site</translation>
    </message>
    <message>
        <source>Export parking sites as CSV</source>
        <translation>Exporter les sites de stationnement en CSV</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>ParkingKpis</name>
    <message>
        <source>Parking: mean occupancy (7 days)</source>
        <translation>Stationnement : occupation moyenne (7 jours)</translation>
    </message>
    <message>
        <source>Parking: site-hours at saturation (≥ 95 %, 7 days)</source>
        <translation>Stationnement : heures-sites à saturation (≥ 95 %, 7 jours)</translation>
    </message>
    <message>
        <source>Parking: sensors without recent data</source>
        <translation>Stationnement : capteurs sans donnée récente</translation>
    </message>
</context>
<context>
    <name>ParkingMapPanel</name>
    <message>
        <source>Kerb-side parking</source>
        <translation>Stationnement sur voirie</translation>
    </message>
    <message>
        <source>Parking sites</source>
        <translation>Sites de stationnement</translation>
    </message>
    <message>
        <source>Parking occupancy</source>
        <translation>Occupation du stationnement</translation>
    </message>
    <message>
        <source>under 70 %</source>
        <translation>moins de 70 %</translation>
    </message>
    <message>
        <source>70–90 %</source>
        <translation>70–90 %</translation>
    </message>
    <message>
        <source>90 % and more</source>
        <translation>90 % et plus</translation>
    </message>
    <message>
        <source>closed or no recent data</source>
        <translation>fermé ou sans donnée récente</translation>
    </message>
    <message>
        <source>Bays</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>Bays (zoomed in)</source>
        <translation>Places (en zoomant)</translation>
    </message>
    <message>
        <source>free</source>
        <translation>libre</translation>
    </message>
    <message>
        <source>occupied</source>
        <translation>occupée</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>fermé</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Available: %1 of %2</source>
        <translation>Disponibles : %1 sur %2</translation>
    </message>
    <message>
        <source>Occupancy: %1 %</source>
        <translation>Occupation : %1 %</translation>
    </message>
    <message>
        <source>District: %1</source>
        <translation>Quartier : %1</translation>
    </message>
    <message>
        <source>Over its threshold</source>
        <translation>Au-dessus de son seuil</translation>
    </message>
</context>
<context>
    <name>ParkingPlugin</name>
    <message>
        <source>Parking</source>
        <translation>Stationnement</translation>
    </message>
</context>
<context>
    <name>ParkingSiteModel</name>
    <message>
        <source>Car park</source>
        <translation>Parking</translation>
    </message>
    <message>
        <source>On street</source>
        <translation>Sur voirie</translation>
    </message>
    <message>
        <source>Bay group</source>
        <translation>Groupe de places</translation>
    </message>
    <message>
        <source>no recent data</source>
        <translation>pas de donnée récente</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>fermé</translation>
    </message>
    <message>
        <source>occupancy unknown</source>
        <translation>occupation inconnue</translation>
    </message>
    <message>
        <source>Change of occupancy over the last 30 minutes, in percentage points</source>
        <translation>Variation de l&apos;occupation sur les 30 dernières minutes, en points de pourcentage</translation>
    </message>
    <message>
        <source>Last value: %1</source>
        <translation>Dernière valeur : %1</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Quartier</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponibles</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Tendance</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
</context>
<context>
    <name>PluginCatalog</name>
    <message>
        <source>not a Qt plug-in (no metadata found)</source>
        <translation>pas une extension Qt (aucune métadonnée trouvée)</translation>
    </message>
    <message>
        <source>not a CityDeck dashboard (interface &quot;%1&quot;)</source>
        <translation>pas un tableau de bord CityDeck (interface « %1 »)</translation>
    </message>
    <message>
        <source>invalid metadata: %1</source>
        <translation>métadonnées invalides : %1</translation>
    </message>
    <message>
        <source>another plug-in with id &quot;%1&quot; is already loaded from %2</source>
        <translation>une autre extension d’identifiant « %1 » est déjà chargée depuis %2</translation>
    </message>
    <message>
        <source>cannot load the library: %1</source>
        <translation>impossible de charger la bibliothèque : %1</translation>
    </message>
    <message>
        <source>the library does not create a dashboard plug-in</source>
        <translation>la bibliothèque ne crée pas d’extension de tableau de bord</translation>
    </message>
    <message>
        <source>exception in initialize(): %1</source>
        <translation>exception dans initialize() : %1</translation>
    </message>
    <message>
        <source>unknown exception in initialize()</source>
        <translation>exception inconnue dans initialize()</translation>
    </message>
    <message>
        <source>initialize() refused to start</source>
        <translation>initialize() a refusé de démarrer</translation>
    </message>
    <message>
        <source>no running dashboard plug-in &quot;%1&quot;</source>
        <translation>aucune extension de tableau de bord « %1 » en cours d’exécution</translation>
    </message>
    <message>
        <source>exception while creating the dashboard: %1</source>
        <translation>exception lors de la création du tableau de bord : %1</translation>
    </message>
    <message>
        <source>unknown exception while creating the dashboard</source>
        <translation>exception inconnue lors de la création du tableau de bord</translation>
    </message>
    <message>
        <source>the plug-in created no dashboard</source>
        <translation>l’extension n’a créé aucun tableau de bord</translation>
    </message>
</context>
<context>
    <name>PluginSpec</name>
    <message>
        <source>Not loaded</source>
        <translation>Non chargée</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Invalide</translation>
    </message>
    <message>
        <source>Incompatible</source>
        <translation>Incompatible</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Loaded</source>
        <translation>Chargée</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêtée</translation>
    </message>
</context>
<context>
    <name>PluginsDialog</name>
    <message>
        <source>Plug-ins</source>
        <translation>Extensions</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>SDK</source>
        <translation>SDK</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>CityDeck provides dashboard sdk %1. Plug-ins are searched in: %2</source>
        <translation>CityDeck fournit le SDK de tableaux de bord %1. Les extensions sont cherchées dans : %2</translation>
    </message>
    <message>
        <source>No plug-in file was found in these folders.</source>
        <translation>Aucun fichier d’extension n’a été trouvé dans ces dossiers.</translation>
    </message>
</context>
<context>
    <name>RuleEditor</name>
    <message>
        <source> m³/m³</source>
        <translation> m³/m³</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source> mm/h</source>
        <translation> mm/h</translation>
    </message>
    <message>
        <source>Every field</source>
        <translation>Chaque terrain</translation>
    </message>
    <message>
        <source>Applies to:</source>
        <translation>S’applique à :</translation>
    </message>
    <message>
        <source>Water below (dry threshold):</source>
        <translation>Arroser en dessous de (seuil de sécheresse) :</translation>
    </message>
    <message>
        <source>Critical (alarm after a day below):</source>
        <translation>Critique (alarme après un jour en dessous) :</translation>
    </message>
    <message>
        <source>Target moisture after watering:</source>
        <translation>Humidité cible après arrosage :</translation>
    </message>
    <message>
        <source>Rainy hour from a chance of:</source>
        <translation>Heure pluvieuse à partir d’une probabilité de :</translation>
    </message>
    <message>
        <source>Skip when rainy hours bring at least:</source>
        <translation>Pas d’arrosage si les heures pluvieuses apportent au moins :</translation>
    </message>
    <message>
        <source>Forecast horizon:</source>
        <translation>Horizon de prévision :</translation>
    </message>
    <message>
        <source>Watering windows (first = usual):</source>
        <translation>Créneaux d’arrosage (premier = habituel) :</translation>
    </message>
    <message>
        <source>No watering ending less than this before mowing:</source>
        <translation>Délai minimal entre la fin de l’arrosage et la tonte :</translation>
    </message>
    <message>
        <source>Sprinkler application rate:</source>
        <translation>Pluviométrie des arroseurs :</translation>
    </message>
    <message>
        <source>Root depth watered:</source>
        <translation>Profondeur racinaire humidifiée :</translation>
    </message>
    <message>
        <source>Fixed schedule (analogue): depth every day:</source>
        <translation>Calendrier fixe (scénario analogique) : hauteur d’eau quotidienne :</translation>
    </message>
    <message>
        <source>Windows must read like &quot;05:00-07:00, 21:00-23:00&quot;, in order and not overlapping.</source>
        <translation>Les créneaux doivent s’écrire comme « 05:00-07:00, 21:00-23:00 », dans l’ordre et sans chevauchement.</translation>
    </message>
    <message>
        <source>The critical level must not exceed the dry threshold, and the dry threshold must be below the target.</source>
        <translation>Le niveau critique ne doit pas dépasser le seuil de sécheresse, et le seuil de sécheresse doit être inférieur à la cible.</translation>
    </message>
</context>
<context>
    <name>SavingsPanel</name>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Season</source>
        <translation>Saison</translation>
    </message>
    <message>
        <source>All fields</source>
        <translation>Tous les terrains</translation>
    </message>
    <message>
        <source> €/m³</source>
        <translation> €/m³</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <source>Smart rule (m³)</source>
        <translation>Règle intelligente (m³)</translation>
    </message>
    <message>
        <source>Fixed schedule (m³)</source>
        <translation>Calendrier fixe (m³)</translation>
    </message>
    <message>
        <source>Saved (m³)</source>
        <translation>Économie (m³)</translation>
    </message>
    <message>
        <source>Saved (%)</source>
        <translation>Économie (%)</translation>
    </message>
    <message>
        <source>Saved (€)</source>
        <translation>Économie (€)</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Export chart…</source>
        <translation>Exporter le graphique…</translation>
    </message>
    <message>
        <source>Per:</source>
        <translation>Par :</translation>
    </message>
    <message>
        <source>Fields:</source>
        <translation>Terrains :</translation>
    </message>
    <message>
        <source>Water price:</source>
        <translation>Prix de l’eau :</translation>
    </message>
    <message>
        <source>Export water savings as CSV</source>
        <translation>Exporter les économies d’eau en CSV</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>%1 (computed, no meter)</source>
        <translation>%1 (calculé, sans compteur)</translation>
    </message>
    <message>
        <source>No watering data in the cache yet.</source>
        <translation>Aucune donnée d’arrosage dans le cache pour l’instant.</translation>
    </message>
    <message>
        <source>%1, %2 days: the smart rule used %3 m³ where the fixed schedule would have used %4 m³ — %5 m³ saved (%6 %), %7 at %8 €/m³. Metered where a field has a meter, else computed from the replayed decisions.</source>
        <translation>%1, %2 jours : la règle intelligente a consommé %3 m³ là où le calendrier fixe en aurait consommé %4 m³ — %5 m³ économisés (%6 %), soit %7 à %8 €/m³. Mesuré au compteur pour les terrains qui en ont un, sinon calculé d’après les décisions rejouées.</translation>
    </message>
    <message>
        <source>Water used: smart rule against the fixed schedule — %1</source>
        <translation>Eau consommée : règle intelligente par rapport au calendrier fixe — %1</translation>
    </message>
    <message>
        <source>Smart rule</source>
        <translation>Règle intelligente</translation>
    </message>
    <message>
        <source>Fixed schedule (analogue)</source>
        <translation>Calendrier fixe (scénario analogique)</translation>
    </message>
    <message>
        <source>m³</source>
        <translation>m³</translation>
    </message>
</context>
<context>
    <name>SdkVersion</name>
    <message>
        <source>invalid sdk version &quot;%1&quot;</source>
        <translation>version de SDK « %1 » invalide</translation>
    </message>
    <message>
        <source>built for sdk %1, this CityDeck provides sdk %2</source>
        <translation>conçue pour le SDK %1, ce CityDeck fournit le SDK %2</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>no secret is stored for %1</source>
        <translation>aucun secret n’est enregistré pour %1</translation>
    </message>
    <message>
        <source>the keychain refused access (is it locked?)</source>
        <translation>le trousseau a refusé l’accès (est-il verrouillé ?)</translation>
    </message>
    <message>
        <source>no usable OS keychain (on Linux, a Secret Service such as GNOME Keyring or KWallet must run and be unlocked)</source>
        <translation>aucun trousseau système utilisable (sous Linux, un Secret Service comme GNOME Keyring ou KWallet doit fonctionner et être déverrouillé)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Metric (m, km, °C, L)</source>
        <translation>Métrique (m, km, °C, L)</translation>
    </message>
    <message>
        <source>Imperial (ft, mi, °F, gal)</source>
        <translation>Impérial (ft, mi, °F, gal)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème :</translation>
    </message>
    <message>
        <source>&amp;Units:</source>
        <translation>&amp;Unités :</translation>
    </message>
    <message>
        <source>The new language is used from the next start of CityDeck.</source>
        <translation>La nouvelle langue sera utilisée au prochain démarrage de CityDeck.</translation>
    </message>
    <message>
        <source>Dates and numbers follow the language.</source>
        <translation>Les dates et les nombres suivent la langue.</translation>
    </message>
</context>
<context>
    <name>ShellStatusBar</name>
    <message>
        <source>Connection state</source>
        <translation>État de la connexion</translation>
    </message>
    <message>
        <source>Data time</source>
        <translation>Heure des données</translation>
    </message>
    <message>
        <source>Live or review mode</source>
        <translation>Mode direct ou revue</translation>
    </message>
    <message>
        <source>No data source</source>
        <translation>Aucune source de données</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>Offline — showing cached data</source>
        <translation>Hors ligne — données en cache</translation>
    </message>
    <message>
        <source>Connection error</source>
        <translation>Erreur de connexion</translation>
    </message>
    <message>
        <source>As of: no data yet</source>
        <translation>Au : pas encore de données</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>Au %1</translation>
    </message>
    <message>
        <source>REVIEW</source>
        <translation>REVUE</translation>
    </message>
    <message>
        <source>LIVE — no source</source>
        <translation>DIRECT — sans source</translation>
    </message>
    <message>
        <source>LIVE</source>
        <translation>DIRECT</translation>
    </message>
    <message>
        <source>Dashboards show live data</source>
        <translation>Les tableaux de bord affichent les données en direct</translation>
    </message>
    <message>
        <source>Dashboards show the past instant chosen on the time cursor</source>
        <translation>Les tableaux de bord affichent l’instant passé choisi sur le curseur temporel</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop loading; what is already cached stays</source>
        <translation>Arrêter le chargement ; ce qui est déjà en cache reste</translation>
    </message>
    <message>
        <source>Not live</source>
        <translation>Pas en direct</translation>
    </message>
    <message>
        <source>NOT LIVE</source>
        <translation>PAS EN DIRECT</translation>
    </message>
    <message>
        <source>Dashboards show the last data received: the feed is not live</source>
        <translation>Les tableaux de bord affichent les dernières données reçues : le flux n’est pas en direct</translation>
    </message>
</context>
<context>
    <name>SourceMappingEditor</name>
    <message>
        <source>Stop using</source>
        <translation>Ne plus utiliser</translation>
    </message>
    <message>
        <source>people counted in each period (summed per hour)</source>
        <translation>personnes comptées par période (additionnées par heure)</translation>
    </message>
    <message>
        <source>people present (averaged per hour)</source>
        <translation>personnes présentes (moyenne par heure)</translation>
    </message>
    <message>
        <source>Use this type</source>
        <translation>Utiliser ce type</translation>
    </message>
    <message>
        <source>Entity type:</source>
        <translation>Type d&apos;entité :</translation>
    </message>
    <message>
        <source>Count attribute:</source>
        <translation>Attribut de comptage :</translation>
    </message>
    <message>
        <source>Occupancy attribute:</source>
        <translation>Attribut d&apos;occupation :</translation>
    </message>
    <message>
        <source>The count is:</source>
        <translation>Le comptage est :</translation>
    </message>
    <message>
        <source>%1: count %2</source>
        <translation>%1 : comptage %2</translation>
    </message>
    <message>
        <source>%1: count %2, occupancy %3</source>
        <translation>%1 : comptage %2, occupation %3</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>At least one type stays: add another before removing this one</source>
        <translation>Au moins un type reste : ajoutez-en un autre avant de retirer celui-ci</translation>
    </message>
</context>
<context>
    <name>StandardDashboardPlugin</name>
    <message>
        <source>no dashboard context</source>
        <translation>pas de contexte de tableau de bord</translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message numerus="yes">
        <source>Loading the current state of %n type(s)…</source>
        <translation>
            <numerusform>Chargement de l&apos;état actuel de %n type…</numerusform>
            <numerusform>Chargement de l&apos;état actuel de %n types…</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <source>could not write to the cache: %1</source>
        <translation>écriture impossible dans le cache : %1</translation>
    </message>
    <message numerus="yes">
        <source>Fetching the last %n hour(s) of history…</source>
        <translation>
            <numerusform>Récupération de la dernière heure d&apos;historique…</numerusform>
            <numerusform>Récupération des %n dernières heures d&apos;historique…</numerusform>
        </translation>
    </message>
    <message>
        <source>Current state: %1</source>
        <translation>État actuel : %1</translation>
    </message>
    <message>
        <source>Loading %1 failed: %2</source>
        <translation>Le chargement de %1 a échoué : %2</translation>
    </message>
    <message>
        <source>Cache filled</source>
        <translation>Cache rempli</translation>
    </message>
    <message>
        <source>History: %1</source>
        <translation>Historique : %1</translation>
    </message>
    <message>
        <source>no history for %1: %2</source>
        <translation>pas d&apos;historique pour %1 : %2</translation>
    </message>
    <message>
        <source>Back-filling the values missed since %1…</source>
        <translation>Rattrapage des valeurs manquées depuis %1…</translation>
    </message>
    <message>
        <source>Back-filling: %1</source>
        <translation>Rattrapage : %1</translation>
    </message>
    <message>
        <source>no history for %1: values observed between %2 and %3 are missing</source>
        <translation>pas d’historique pour %1 : les valeurs observées entre %2 et %3 manquent</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Contraste élevé</translation>
    </message>
</context>
<context>
    <name>ThresholdEditor</name>
    <message>
        <source>Watches</source>
        <translation>Surveille</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>Alarm at or above</source>
        <translation>Alarme à partir de</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Add threshold</source>
        <translation>Ajouter un seuil</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Supprimer la sélection</translation>
    </message>
    <message>
        <source>Every district</source>
        <translation>Chaque quartier</translation>
    </message>
</context>
<context>
    <name>ThresholdMonitor</name>
    <message>
        <source>%1: %2 (limit %3)</source>
        <translation>%1 : %2 (limite %3)</translation>
    </message>
    <message>
        <source>%1 over its limit</source>
        <translation>%1 au-dessus de sa limite</translation>
    </message>
    <message>
        <source>District %1</source>
        <translation>Quartier %1</translation>
    </message>
</context>
<context>
    <name>TileCache</name>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 n’existe pas</translation>
    </message>
    <message>
        <source>%1 is not an MBTiles file (%2)</source>
        <translation>%1 n’est pas un fichier MBTiles (%2)</translation>
    </message>
    <message>
        <source>%1 is not an MBTiles file: it has no tiles table</source>
        <translation>%1 n’est pas un fichier MBTiles : il n’a pas de table tiles</translation>
    </message>
    <message>
        <source>%1 has no metadata table: its name, bounds and zoom levels are unknown; its tiles are used</source>
        <translation>%1 n’a pas de table metadata : nom, emprise et niveaux de zoom inconnus ; ses tuiles sont utilisées</translation>
    </message>
    <message>
        <source>%1 holds vector tiles (pbf); CityDeck draws raster tiles (png, jpg, webp)</source>
        <translation>%1 contient des tuiles vectorielles (pbf) ; CityDeck dessine des tuiles raster (png, jpg, webp)</translation>
    </message>
    <message>
        <source>the tile cache is read only</source>
        <translation>le cache de tuiles est en lecture seule</translation>
    </message>
</context>
<context>
    <name>TileDownloader</name>
    <message>
        <source>HTTP %1 for %2</source>
        <translation>HTTP %1 pour %2</translation>
    </message>
</context>
<context>
    <name>TileLayer</name>
    <message>
        <source>© OpenStreetMap contributors</source>
        <translation>© les contributeurs d’OpenStreetMap</translation>
    </message>
    <message>
        <source>tile %1/%2/%3 of %4 is damaged and left blank</source>
        <translation>la tuile %1/%2/%3 de %4 est endommagée et laissée vide</translation>
    </message>
</context>
<context>
    <name>TimeBar</name>
    <message>
        <source>Back to live</source>
        <translation>Retour au direct</translation>
    </message>
    <message>
        <source>Show live data again (Ctrl+End)</source>
        <translation>Afficher à nouveau les données en direct (Ctrl+Fin)</translation>
    </message>
    <message>
        <source>Play the window from the time shown</source>
        <translation>Lire la fenêtre depuis l’heure affichée</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>Vitesse de lecture</translation>
    </message>
    <message>
        <source>Review the city at this date and time</source>
        <translation>Revoir la ville à cette date et heure</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 heure</translation>
    </message>
    <message>
        <source>6 hours</source>
        <translation>6 heures</translation>
    </message>
    <message>
        <source>24 hours</source>
        <translation>24 heures</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 jours</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 jours</translation>
    </message>
    <message>
        <source>Window reviewed and exported</source>
        <translation>Fenêtre revue et exportée</translation>
    </message>
    <message>
        <source>Window:</source>
        <translation>Fenêtre :</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Step back %1 min</source>
        <translation>Reculer de %1 min</translation>
    </message>
    <message>
        <source>Step forward %1 min</source>
        <translation>Avancer de %1 min</translation>
    </message>
    <message>
        <source>Time shown, within the window (the cache is empty)</source>
        <translation>Heure affichée, dans la fenêtre (le cache est vide)</translation>
    </message>
    <message>
        <source>Time shown, within the window (the cache holds %1 to %2)</source>
        <translation>Heure affichée, dans la fenêtre (le cache couvre %1 à %2)</translation>
    </message>
</context>
<context>
    <name>UnitFormatter</name>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
</context>
<context>
    <name>WaterSavings</name>
    <message>
        <source>Week %1, %2</source>
        <translation>Semaine %1, %2</translation>
    </message>
    <message>
        <source>Winter %1–%2</source>
        <translation>Hiver %1–%2</translation>
    </message>
    <message>
        <source>Spring %1</source>
        <translation>Printemps %1</translation>
    </message>
    <message>
        <source>Summer %1</source>
        <translation>Été %1</translation>
    </message>
    <message>
        <source>Autumn %1</source>
        <translation>Automne %1</translation>
    </message>
</context>
<context>
    <name>WateringAlarms</name>
    <message>
        <source>Soil sensor silent: %1</source>
        <translation>Capteur de sol muet : %1</translation>
    </message>
    <message>
        <source>No soil moisture reading from %1.</source>
        <translation>Aucune mesure d’humidité du sol reçue de %1.</translation>
    </message>
    <message>
        <source>No soil moisture reading since %1: the rule cannot decide for this field.</source>
        <translation>Aucune mesure d’humidité du sol depuis le %1 : la règle ne peut pas décider pour ce terrain.</translation>
    </message>
    <message>
        <source>Field too dry for over a day: %1</source>
        <translation>Terrain trop sec depuis plus d’un jour : %1</translation>
    </message>
    <message>
        <source>Soil moisture below %1 m³/m³ since %2 (now %3): the turf is at risk.</source>
        <translation>Humidité du sol sous %1 m³/m³ depuis le %2 (actuellement %3) : le gazon est en danger.</translation>
    </message>
    <message>
        <source>Watering recorded while it rains: %1</source>
        <translation>Arrosage enregistré sous la pluie : %1</translation>
    </message>
    <message>
        <source>%1 m³ metered between %2 and %3 while the station measured %4 mm of rain in an hour.</source>
        <translation>%1 m³ comptés entre %2 et %3 alors que la station météo a mesuré %4 mm de pluie en une heure.</translation>
    </message>
    <message>
        <source>No weather forecast received</source>
        <translation>Aucune prévision météo reçue</translation>
    </message>
    <message>
        <source>No hourly weather forecast in the cache: the watering rule decides on the soil alone.</source>
        <translation>Aucune prévision météo horaire dans le cache : la règle d’arrosage décide sur la seule base du sol.</translation>
    </message>
    <message>
        <source>The last hourly forecast was issued %1: the watering rule decides on the soil alone.</source>
        <translation>La dernière prévision horaire a été émise le %1 : la règle d’arrosage décide sur la seule base du sol.</translation>
    </message>
</context>
<context>
    <name>WateringDashboard</name>
    <message>
        <source>Today&apos;s plan (click a field to select it, double-click to zoom in)</source>
        <translation>Plan du jour (clic sur un terrain pour le sélectionner, double-clic pour zoomer)</translation>
    </message>
    <message>
        <source>Watering alarms</source>
        <translation>Alarmes d’arrosage</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Terrains</translation>
    </message>
    <message>
        <source>Field over time</source>
        <translation>Terrain dans le temps</translation>
    </message>
    <message>
        <source>Water saved</source>
        <translation>Eau économisée</translation>
    </message>
    <message>
        <source>What-if</source>
        <translation>Simulation</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>Back to the pilot&apos;s defaults</source>
        <translation>Revenir aux valeurs par défaut du projet pilote</translation>
    </message>
    <message>
        <source>The day&apos;s decision is taken at the start of the first window, from what is known then: skip when the soil is moist enough or when rain is expected later that day (even if the soil is dry), otherwise water back to the target at the first window free of reservations and far enough before a mowing. See docs/WATERING.md.</source>
        <translation>La décision du jour est prise au début du premier créneau, d’après ce qui est connu à ce moment : pas d’arrosage si le sol est assez humide ou si de la pluie est prévue plus tard dans la journée (même si le sol est sec), sinon arrosage jusqu’à l’humidité cible dans le premier créneau libre de toute réservation et suffisamment avant une tonte. Voir docs/WATERING.md.</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>The what-if parameters are now in force.</source>
        <translation>Les paramètres de la simulation sont désormais en vigueur.</translation>
    </message>
    <message>
        <source>Applied to every field.</source>
        <translation>Appliqué à tous les terrains.</translation>
    </message>
    <message>
        <source>Applied to this field only.</source>
        <translation>Appliqué à ce terrain uniquement.</translation>
    </message>
    <message>
        <source>The pilot&apos;s default parameters are in force.</source>
        <translation>Les paramètres par défaut du projet pilote sont en vigueur.</translation>
    </message>
    <message>
        <source>No sports field in the cache yet (types: %1).</source>
        <translation>Aucun terrain de sport dans le cache pour l’instant (types : %1).</translation>
    </message>
    <message>
        <source> · no weather forecast: decided on the soil alone</source>
        <translation> · pas de prévision météo : décision sur la seule base du sol</translation>
    </message>
    <message>
        <source>Fields: %1 · today: %2 to water, %3 shifted, %4 skipped, %5 without data · %6 m³ planned%7</source>
        <translation>Terrains : %1 · aujourd’hui : %2 à arroser, %3 décalés, %4 sans arrosage, %5 sans données · %6 m³ prévus%7</translation>
    </message>
</context>
<context>
    <name>WateringMonitor</name>
    <message>
        <source>Watering: water used (7 days)</source>
        <translation>Arrosage : eau consommée (7 jours)</translation>
    </message>
    <message>
        <source>Watering: water saved against the fixed schedule (7 days)</source>
        <translation>Arrosage : eau économisée par rapport au calendrier fixe (7 jours)</translation>
    </message>
    <message>
        <source>Watering: saving against the fixed schedule</source>
        <translation>Arrosage : économie par rapport au calendrier fixe</translation>
    </message>
</context>
<context>
    <name>WateringPlugin</name>
    <message>
        <source>Watering</source>
        <translation>Arrosage</translation>
    </message>
</context>
<context>
    <name>WhatIfPanel</name>
    <message>
        <source>Re-run with these parameters</source>
        <translation>Relancer avec ces paramètres</translation>
    </message>
    <message>
        <source>Put these parameters in force</source>
        <translation>Mettre ces paramètres en vigueur</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Terrain</translation>
    </message>
    <message>
        <source>What-if (m³)</source>
        <translation>Simulation (m³)</translation>
    </message>
    <message>
        <source>Difference (m³)</source>
        <translation>Écart (m³)</translation>
    </message>
    <message>
        <source>Try other parameters on the city&apos;s own history before changing the rule: each past day is decided again from what the cache held at its decision time. The soil is taken to dry and take rain as it did, raised or lowered by the water the other rule gives more or less.</source>
        <translation>Essayez d’autres paramètres sur l’historique de la ville avant de modifier la règle : chaque jour passé est décidé à nouveau d’après ce que contenait le cache à l’heure de sa décision. Le sol est supposé sécher et recevoir la pluie comme il l’a fait, relevé ou abaissé par l’eau que l’autre règle apporte en plus ou en moins.</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Derniers</translation>
    </message>
    <message>
        <source>%1 to %2: the rule in force used %3 m³; these parameters would have used %4 m³ (%5 m³, %6 %). Days below the critical level, summed over the fields: %7 in force, %8 with these parameters.</source>
        <translation>Du %1 au %2 : la règle en vigueur a consommé %3 m³ ; ces paramètres en auraient consommé %4 m³ (%5 m³, %6 %). Jours sous le niveau critique, cumulés sur les terrains : %7 avec la règle en vigueur, %8 avec ces paramètres.</translation>
    </message>
    <message>
        <source>In force (m³)</source>
        <translation>En vigueur (m³)</translation>
    </message>
    <message>
        <source>Waterings</source>
        <translation>Arrosages</translation>
    </message>
    <message>
        <source>Dry days, in force</source>
        <translation>Jours secs, en vigueur</translation>
    </message>
    <message>
        <source>Dry days, what-if</source>
        <translation>Jours secs, simulation</translation>
    </message>
    <message>
        <source>Waterings with the rule in force / with these parameters</source>
        <translation>Arrosages avec la règle en vigueur / avec ces paramètres</translation>
    </message>
    <message>
        <source>Days with a reading below the critical level</source>
        <translation>Jours avec une mesure sous le niveau critique</translation>
    </message>
</context>
<context>
    <name>WidgetExport</name>
    <message>
        <source>choose a .png or .pdf file name</source>
        <translation>choisissez un nom de fichier .png ou .pdf</translation>
    </message>
    <message>
        <source>PNG image (*.png);;PDF document (*.pdf)</source>
        <translation>Image PNG (*.png);;Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Written to %1</source>
        <translation>Écrit dans %1</translation>
    </message>
    <message>
        <source>Not written: %1</source>
        <translation>Non écrit : %1</translation>
    </message>
    <message>
        <source>Export the chart</source>
        <translation>Exporter le graphique</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Operator</source>
        <translation>Opérateur</translation>
    </message>
    <message>
        <source>Council officer</source>
        <translation>Agent municipal</translation>
    </message>
    <message>
        <source>Tourism office</source>
        <translation>Office de tourisme</translation>
    </message>
    <message>
        <source>Live dashboards and the alarm area, for the control room.</source>
        <translation>Tableaux de bord en direct et zone d’alarmes, pour la salle de contrôle.</translation>
    </message>
    <message>
        <source>Pilot KPIs and review of past periods, for council reporting.</source>
        <translation>KPI des projets pilotes et revue des périodes passées, pour les rapports au conseil municipal.</translation>
    </message>
    <message>
        <source>Pedestrian-flow dashboards only, for the tourism office.</source>
        <translation>Uniquement les tableaux de bord de flux piétons, pour l’office de tourisme.</translation>
    </message>
</context>
<context>
    <name>WorkspaceChooser</name>
    <message>
        <source>Welcome to CityDeck</source>
        <translation>Bienvenue dans CityDeck</translation>
    </message>
    <message>
        <source>Choose the workspace that fits your role. You can change it at any time from the Workspace menu.</source>
        <translation>Choisissez l’espace de travail adapté à votre rôle. Vous pouvez en changer à tout moment depuis le menu Espace de travail.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The demo city could not start: %1</source>
        <translation>La ville de démonstration n&apos;a pas pu démarrer : %1</translation>
    </message>
    <message>
        <source>%1
%2 entities received; newest observation %3.</source>
        <translation>%1
%2 entités reçues ; observation la plus récente %3.</translation>
    </message>
</context>
</TS>
