<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About CityDeck</source>
        <translation>Über CityDeck</translation>
    </message>
    <message>
        <source>A control room for smart-city pilots: live dashboards, alarms and KPI review on FIWARE NGSI-LD context brokers.</source>
        <translation>Ein Leitstand für Smart-City-Piloten: Live-Dashboards, Alarme und KPI-Auswertung auf FIWARE-NGSI-LD-Kontextbrokern.</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>Komponenten</translation>
    </message>
    <message>
        <source>CityDeck is distributed under the MIT licence.

It uses Qt under the GNU LGPL 3.0, VTK under the BSD 3-clause licence, GDAL/OGR and PROJ under the MIT licence and SQLite, which is in the public domain. The licence texts are installed in share/doc/citydeck.</source>
        <translation>CityDeck steht unter der MIT-Lizenz.

Es verwendet Qt unter der GNU LGPL 3.0, VTK unter der BSD-3-Klausel-Lizenz, GDAL/OGR und PROJ unter der MIT-Lizenz sowie SQLite, das gemeinfrei ist. Die Lizenztexte werden in share/doc/citydeck installiert.</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Lizenzen</translation>
    </message>
    <message>
        <source>Data attributions</source>
        <translation>Datennachweise</translation>
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
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Quittiert</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Ausgelöst</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entität</translation>
    </message>
    <message>
        <source>Alarm</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Cleared</source>
        <translation>Gegangen</translation>
    </message>
    <message>
        <source>Cleared, unacknowledged</source>
        <translation>Gegangen, nicht quittiert</translation>
    </message>
</context>
<context>
    <name>AlarmPanel</name>
    <message>
        <source>Acknowledge</source>
        <translation>Quittieren</translation>
    </message>
    <message>
        <source>Acknowledge all</source>
        <translation>Alle quittieren</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>Alarms</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <source>No alarms. Dashboards raise alarms here when a threshold is crossed.</source>
        <translation>Keine Alarme. Dashboards lösen hier Alarme aus, wenn ein Schwellenwert überschritten wird.</translation>
    </message>
    <message>
        <source>Open alarms: %1 of %2</source>
        <translation>Offene Alarme: %1 von %2</translation>
    </message>
    <message>
        <source>Data source</source>
        <translation>Datenquelle</translation>
    </message>
    <message>
        <source>Data source alarms</source>
        <translation>Alarme der Datenquelle</translation>
    </message>
    <message>
        <source>Cleared, unacknowledged</source>
        <translation>Gegangen, nicht quittiert</translation>
    </message>
</context>
<context>
    <name>AsOfLabel</name>
    <message>
        <source>Live — no data in the cache yet</source>
        <translation>Live — noch keine Daten im Cache</translation>
    </message>
    <message>
        <source>Review at %1 — no data at that time</source>
        <translation>Rückblick am %1 — keine Daten zu diesem Zeitpunkt</translation>
    </message>
    <message>
        <source>Live — %1 entities, none observed yet</source>
        <translation>Live — %1 Entitäten, noch keine Messwerte</translation>
    </message>
    <message>
        <source>Review at %1 — %2 entities, none observed yet</source>
        <translation>Rückblick am %1 — %2 Entitäten, noch keine Messwerte</translation>
    </message>
    <message>
        <source>Live — as of %1</source>
        <translation>Live — Stand %1</translation>
    </message>
    <message>
        <source>Review at %1 — newest value %2</source>
        <translation>Rückblick am %1 — neuester Wert %2</translation>
    </message>
    <message>
        <source> — %1 of %2 stale (silent for more than %3 min)</source>
        <translation> — %1 von %2 veraltet (seit über %3 min still)</translation>
    </message>
    <message>
        <source>NOT LIVE — no data — %1 since %2</source>
        <translation>NICHT LIVE — keine Daten — %1 seit %2</translation>
    </message>
    <message>
        <source>NOT LIVE — data as of %1 — %2 since %3</source>
        <translation>NICHT LIVE — Daten vom %1 — %2 seit %3</translation>
    </message>
</context>
<context>
    <name>BuildingPanel</name>
    <message>
        <source>&lt;b&gt;No building selected&lt;/b&gt;</source>
        <translation>&lt;b&gt;Kein Gebäude ausgewählt&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Click a building in the 3D view, or a line of the tables.</source>
        <translation>Klicken Sie auf ein Gebäude in der 3D-Ansicht oder auf eine Tabellenzeile.</translation>
    </message>
    <message>
        <source>Use: %1</source>
        <translation>Nutzung: %1</translation>
    </message>
    <message>
        <source>District: %1</source>
        <translation>Viertel: %1</translation>
    </message>
    <message>
        <source>%1 floors, %2 m high, %3 m² of floor</source>
        <translation>%1 Geschosse, %2 m hoch, %3 m² Geschossfläche</translation>
    </message>
    <message>
        <source>Power now: &lt;b&gt;%1 kW&lt;/b&gt; (typical for this hour: %2 kW)</source>
        <translation>Leistung jetzt: &lt;b&gt;%1 kW&lt;/b&gt; (üblich zu dieser Stunde: %2 kW)</translation>
    </message>
    <message>
        <source>%1: %2 kWh, %3 kWh/m²</source>
        <translation>%1: %2 kWh, %3 kWh/m²</translation>
    </message>
    <message>
        <source>&lt;i&gt;No meter refers to this building.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Kein Zähler verweist auf dieses Gebäude.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;Its meter sent nothing recently.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Sein Zähler hat zuletzt nichts gesendet.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Too few buildings of the same use with readings to compare.</source>
        <translation>Zu wenige Gebäude gleicher Nutzung mit Messwerten für einen Vergleich.</translation>
    </message>
    <message>
        <source>kWh per hour</source>
        <translation>kWh pro Stunde</translation>
    </message>
    <message>
        <source>kWh per day</source>
        <translation>kWh pro Tag</translation>
    </message>
    <message>
        <source>kWh</source>
        <translation>kWh</translation>
    </message>
    <message>
        <source>Against %1 buildings of the same use (median %2 kWh/m²): %3%4 %.</source>
        <translation>Im Vergleich zu %1 Gebäuden gleicher Nutzung (Median %2 kWh/m²): %3%4 %.</translation>
    </message>
</context>
<context>
    <name>CityMapPanel</name>
    <message>
        <source>Street names</source>
        <translation>Straßennamen</translation>
    </message>
    <message>
        <source>Entities at the time cursor</source>
        <translation>Entitäten am Zeitcursor</translation>
    </message>
    <message>
        <source>Add layer file…</source>
        <translation>Ebenendatei hinzufügen…</translation>
    </message>
    <message>
        <source>GeoJSON, GeoPackage, Shapefile or OpenStreetMap file, in any coordinate system</source>
        <translation>GeoJSON-, GeoPackage-, Shapefile- oder OpenStreetMap-Datei in beliebigem Koordinatensystem</translation>
    </message>
    <message>
        <source>Offline basemap…</source>
        <translation>Offline-Grundkarte…</translation>
    </message>
    <message>
        <source>Use an .mbtiles file as the background map (no network needed)</source>
        <translation>Eine .mbtiles-Datei als Hintergrundkarte verwenden (kein Netzwerk nötig)</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>Als PNG exportieren…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Als PDF exportieren…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Layers&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ebenen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The offline basemap could not be opened: %1</source>
        <translation>Die Offline-Grundkarte konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>%1: %2 features in %3 layers</source>
        <translation>%1: %2 Objekte in %3 Ebenen</translation>
    </message>
    <message>
        <source>Basemap: %1</source>
        <translation>Grundkarte: %1</translation>
    </message>
    <message>
        <source>Offline basemap %1 (%2 tiles)</source>
        <translation>Offline-Grundkarte %1 (%2 Kacheln)</translation>
    </message>
    <message>
        <source>The tile cache %1 could not be opened: %2</source>
        <translation>Der Kachel-Cache %1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>© OpenStreetMap contributors</source>
        <translation>© OpenStreetMap-Mitwirkende</translation>
    </message>
    <message>
        <source>The tile server cannot be reached: cached tiles and the city layers are shown</source>
        <translation>Der Kachelserver ist nicht erreichbar: zwischengespeicherte Kacheln und die Stadtebenen werden gezeigt</translation>
    </message>
    <message>
        <source>Basemap: OpenStreetMap</source>
        <translation>Grundkarte: OpenStreetMap</translation>
    </message>
    <message>
        <source>Add a city layer</source>
        <translation>Eine Stadtebene hinzufügen</translation>
    </message>
    <message>
        <source>Not added: %1</source>
        <translation>Nicht hinzugefügt: %1</translation>
    </message>
    <message>
        <source>Offline basemap</source>
        <translation>Offline-Grundkarte</translation>
    </message>
    <message>
        <source>MBTiles (*.mbtiles);;All files (*)</source>
        <translation>MBTiles (*.mbtiles);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Not opened: %1</source>
        <translation>Nicht geöffnet: %1</translation>
    </message>
    <message>
        <source>Export the map as PDF</source>
        <translation>Die Karte als PDF exportieren</translation>
    </message>
    <message>
        <source>Export the map as PNG</source>
        <translation>Die Karte als PNG exportieren</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Auflösung</translation>
    </message>
    <message>
        <source>Dots per inch:</source>
        <translation>Punkte pro Zoll:</translation>
    </message>
    <message>
        <source>CityDeck — city map at %1</source>
        <translation>CityDeck — Stadtkarte am %1</translation>
    </message>
    <message>
        <source>Map written to %1</source>
        <translation>Karte nach %1 geschrieben</translation>
    </message>
    <message>
        <source>The map could not be written: %1</source>
        <translation>Die Karte konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Coordinate system</source>
        <translation>Koordinatensystem</translation>
    </message>
    <message>
        <source>%1

Coordinate system of this file (e.g. EPSG:2154 for Lambert-93):</source>
        <translation>%1

Koordinatensystem dieser Datei (z. B. EPSG:25832 für UTM 32N):</translation>
    </message>
</context>
<context>
    <name>CityPlan</name>
    <message>
        <source>Street names</source>
        <translation>Straßennamen</translation>
    </message>
</context>
<context>
    <name>ClassBreaks</name>
    <message>
        <source>Quantiles</source>
        <translation>Quantile</translation>
    </message>
    <message>
        <source>Equal intervals</source>
        <translation>Gleiche Intervalle</translation>
    </message>
    <message>
        <source>Natural breaks (Jenks)</source>
        <translation>Natürliche Unterbrechungen (Jenks)</translation>
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
        <translation>Blautöne (nicht farbenblind-sicher)</translation>
    </message>
</context>
<context>
    <name>CommandLineOptions</name>
    <message>
        <source>CityDeck — a control room for smart-city pilots on NGSI-LD brokers.</source>
        <translation>CityDeck — ein Leitstand für Smart-City-Piloten auf NGSI-LD-Brokern.</translation>
    </message>
    <message>
        <source>Start in workspace NAME (%1).</source>
        <translation>Im Arbeitsbereich NAME starten (%1).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Connect to the embedded demo city.</source>
        <translation>Mit der eingebauten Demostadt verbinden.</translation>
    </message>
    <message>
        <source>User interface language (%1) for this run.</source>
        <translation>Sprache der Benutzeroberfläche (%1) für diesen Start.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>Forget the saved window layouts of all workspaces.</source>
        <translation>Die gespeicherten Fensteranordnungen aller Arbeitsbereiche verwerfen.</translation>
    </message>
    <message>
        <source>Start full screen without chrome (video walls).</source>
        <translation>Im Vollbild ohne Menüs und Leisten starten (Videowände).</translation>
    </message>
    <message>
        <source>Read and write settings in FILE instead of the user&apos;s settings.</source>
        <translation>Einstellungen in FILE statt in den Benutzereinstellungen lesen und schreiben.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Unerwartetes Argument: %1</translation>
    </message>
    <message>
        <source>Unknown workspace &quot;%1&quot;; use one of: %2</source>
        <translation>Unbekannter Arbeitsbereich „%1“; verwenden Sie einen von: %2</translation>
    </message>
    <message>
        <source>Unsupported language &quot;%1&quot;; use one of: %2</source>
        <translation>Nicht unterstützte Sprache „%1“; verwenden Sie eine von: %2</translation>
    </message>
    <message>
        <source>Print every plug-in found, its state and any error, then exit.</source>
        <translation>Jedes gefundene Plug-in mit Zustand und eventuellem Fehler ausgeben, dann beenden.</translation>
    </message>
    <message>
        <source>Seed of the demo city (same seed, same city).</source>
        <translation>Startwert der Demostadt (gleicher Startwert, gleiche Stadt).</translation>
    </message>
    <message>
        <source>SEED</source>
        <translation>STARTWERT</translation>
    </message>
    <message>
        <source>Simulated seconds per second in the demo city.</source>
        <translation>Simulierte Sekunden pro Sekunde in der Demostadt.</translation>
    </message>
    <message>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <source>--demo-seed needs a non-negative integer and --demo-speed a non-negative number</source>
        <translation>--demo-seed erwartet eine nichtnegative ganze Zahl und --demo-speed eine nichtnegative Zahl</translation>
    </message>
    <message>
        <source>Open the dashboard ID at start (may be repeated).</source>
        <translation>Das Dashboard ID beim Start öffnen (wiederholbar).</translation>
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
        <translation>Gemeinfrei</translation>
    </message>
    <message>
        <source>Map data © OpenStreetMap contributors, available under the Open Database Licence (ODbL 1.0).</source>
        <translation>Kartendaten © OpenStreetMap-Mitwirkende, verfügbar unter der Open-Database-Lizenz (ODbL 1.0).</translation>
    </message>
    <message>
        <source>Entity types and attributes follow the FIWARE Smart Data Models (CC BY 4.0).</source>
        <translation>Entitätstypen und Attribute folgen den FIWARE Smart Data Models (CC BY 4.0).</translation>
    </message>
    <message>
        <source>The demo city is synthetic: its people, cars and buildings are generated by CityDeck.</source>
        <translation>Die Demostadt ist synthetisch: Menschen, Autos und Gebäude werden von CityDeck erzeugt.</translation>
    </message>
</context>
<context>
    <name>ConnectionController</name>
    <message>
        <source>&amp;Connections…</source>
        <translation>&amp;Verbindungen…</translation>
    </message>
    <message>
        <source>Demo city (simulated Saint-Quentin)</source>
        <translation>Demostadt (simuliertes Saint-Quentin)</translation>
    </message>
    <message>
        <source>Districts</source>
        <translation>Stadtteile</translation>
    </message>
    <message>
        <source>Buildings</source>
        <translation>Gebäude</translation>
    </message>
    <message>
        <source>Streets</source>
        <translation>Straßen</translation>
    </message>
</context>
<context>
    <name>ConnectionEditor</name>
    <message>
        <source>Send the tenant as Fiware-Service (older gateways)</source>
        <translation>Mandanten als Fiware-Service senden (ältere Gateways)</translation>
    </message>
    <message>
        <source>Add connection</source>
        <translation>Verbindung hinzufügen</translation>
    </message>
    <message>
        <source>Edit connection</source>
        <translation>Verbindung bearbeiten</translation>
    </message>
    <message>
        <source>Same as the broker (Mintaka: http://host:8080)</source>
        <translation>Wie der Broker (Mintaka: http://host:8080)</translation>
    </message>
    <message>
        <source>Default tenant</source>
        <translation>Standardmandant</translation>
    </message>
    <message>
        <source>Core context only</source>
        <translation>Nur der Kernkontext</translation>
    </message>
    <message>
        <source>127.0.0.1, any free port</source>
        <translation>127.0.0.1, ein freier Port</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Bearer-Token</translation>
    </message>
    <message>
        <source>OAuth2 / Keycloak (user and password)</source>
        <translation>OAuth2 / Keycloak (Benutzer und Passwort)</translation>
    </message>
    <message>
        <source>OAuth2 / Keycloak (client credentials)</source>
        <translation>OAuth2 / Keycloak (Client-Anmeldedaten)</translation>
    </message>
    <message>
        <source>X-Auth-Token (Wilma PEP proxy)</source>
        <translation>X-Auth-Token (Wilma-PEP-Proxy)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Broker URL:</source>
        <translation>&amp;Broker-URL:</translation>
    </message>
    <message>
        <source>&amp;Temporal URL:</source>
        <translation>&amp;Zeitreihen-URL:</translation>
    </message>
    <message>
        <source>T&amp;enant:</source>
        <translation>Man&amp;dant:</translation>
    </message>
    <message>
        <source>@&amp;context URL:</source>
        <translation>@&amp;context-URL:</translation>
    </message>
    <message>
        <source>&amp;Authentication:</source>
        <translation>&amp;Authentifizierung:</translation>
    </message>
    <message>
        <source>To&amp;ken:</source>
        <translation>To&amp;ken:</translation>
    </message>
    <message>
        <source>Token &amp;endpoint:</source>
        <translation>Token-&amp;Endpunkt:</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>Client-&amp;ID:</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>Client-&amp;Geheimnis:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Notifications at:</source>
        <translation>Be&amp;nachrichtigungen an:</translation>
    </message>
    <message>
        <source>Secrets are kept in the system keychain, never in CityDeck&apos;s settings.</source>
        <translation>Geheimnisse liegen im Schlüsselbund des Systems, nie in den Einstellungen von CityDeck.</translation>
    </message>
    <message>
        <source>Give the connection a name.</source>
        <translation>Geben Sie der Verbindung einen Namen.</translation>
    </message>
    <message>
        <source>The broker URL must be an http:// or https:// address.</source>
        <translation>Die Broker-URL muss eine http://- oder https://-Adresse sein.</translation>
    </message>
    <message>
        <source>OAuth2 needs the token endpoint, e.g. https://keycloak/realms/city/protocol/openid-connect/token.</source>
        <translation>OAuth2 braucht den Token-Endpunkt, z. B. https://keycloak/realms/city/protocol/openid-connect/token.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Older values are folded into hourly averages, kept two years for KPI review</source>
        <translation>Ältere Werte werden zu Stundenmitteln zusammengefasst und zwei Jahre für die KPI-Auswertung behalten</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>Past this size the oldest values are removed first</source>
        <translation>Über dieser Größe werden zuerst die ältesten Werte entfernt</translation>
    </message>
    <message>
        <source>Keep &amp;values for:</source>
        <translation>&amp;Werte behalten:</translation>
    </message>
    <message>
        <source>Cache si&amp;ze limit:</source>
        <translation>Maximale Cache&amp;größe:</translation>
    </message>
</context>
<context>
    <name>ConnectionManager</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Testen</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Choose a connection and press Test to see what the broker offers.</source>
        <translation>Wählen Sie eine Verbindung und drücken Sie Testen, um zu sehen, was der Broker anbietet.</translation>
    </message>
    <message>
        <source>Entity type</source>
        <translation>Entitätstyp</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Entitäten</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>Remove connection</source>
        <translation>Verbindung entfernen</translation>
    </message>
    <message>
        <source>Remove the connection &quot;%1&quot; and its stored secrets?</source>
        <translation>Die Verbindung „%1“ und ihre gespeicherten Geheimnisse entfernen?</translation>
    </message>
    <message>
        <source>The secret could not be stored in the system keychain: %1</source>
        <translation>Das Geheimnis konnte nicht im Schlüsselbund des Systems gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The %1 of this connection could not be read from the system keychain: %2</source>
        <translation>Das Feld %1 dieser Verbindung konnte nicht aus dem Schlüsselbund des Systems gelesen werden: %2</translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation>%1 wird getestet…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Failed:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Fehlgeschlagen:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; answers: %n entity type(s), %2 entities.</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; antwortet: %n Entitätstyp, %2 Entitäten.</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; antwortet: %n Entitätstypen, %2 Entitäten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CrowdMapPanel</name>
    <message>
        <source>Counted segments</source>
        <translation>Gezählte Abschnitte</translation>
    </message>
    <message>
        <source>Congested segments</source>
        <translation>Überfüllte Abschnitte</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Abschnitte</translation>
    </message>
    <message>
        <source>Congested</source>
        <translation>Überfüllt</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Gezählt</translation>
    </message>
    <message>
        <source>Crowding heatmap</source>
        <translation>Andrang-Heatmap</translation>
    </message>
    <message>
        <source>Counters</source>
        <translation>Zähler</translation>
    </message>
    <message>
        <source>Counters (occupancy)</source>
        <translation>Zähler (Auslastung)</translation>
    </message>
    <message>
        <source>under 50 %</source>
        <translation>unter 50 %</translation>
    </message>
    <message>
        <source>50–80 %</source>
        <translation>50–80 %</translation>
    </message>
    <message>
        <source>80 % and more</source>
        <translation>80 % und mehr</translation>
    </message>
    <message>
        <source>People counted</source>
        <translation>Gezählte Personen</translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation>Auslastung</translation>
    </message>
    <message>
        <source>How far each counter&apos;s crowd spreads on the map, in pixels</source>
        <translation>Wie weit sich der Andrang jedes Zählers auf der Karte ausbreitet, in Pixeln</translation>
    </message>
    <message>
        <source>Heat from:</source>
        <translation>Wärme aus:</translation>
    </message>
    <message>
        <source>Radius:</source>
        <translation>Radius:</translation>
    </message>
    <message>
        <source>Palette:</source>
        <translation>Palette:</translation>
    </message>
    <message>
        <source>People per counting period</source>
        <translation>Personen je Zählperiode</translation>
    </message>
    <message>
        <source>People: %1</source>
        <translation>Personen: %1</translation>
    </message>
    <message>
        <source>Occupancy: %1 %</source>
        <translation>Auslastung: %1 %</translation>
    </message>
    <message>
        <source>District: %1</source>
        <translation>Viertel: %1</translation>
    </message>
    <message>
        <source>No recent value</source>
        <translation>Kein aktueller Wert</translation>
    </message>
    <message>
        <source>Over its threshold</source>
        <translation>Über der Schwelle</translation>
    </message>
</context>
<context>
    <name>CrowdingDashboard</name>
    <message>
        <source>people</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>occupancy</source>
        <translation>Auslastung</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Zähler</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation>Auslastung</translation>
    </message>
    <message>
        <source>Busiest counters</source>
        <translation>Meistfrequentierte Zähler</translation>
    </message>
    <message>
        <source>Crowding alarms</source>
        <translation>Andrang-Alarme</translation>
    </message>
    <message>
        <source>Crowd map</source>
        <translation>Andrangskarte</translation>
    </message>
    <message>
        <source>Pedestrian flows</source>
        <translation>Fußgängerströme</translation>
    </message>
    <message>
        <source>People per counting period</source>
        <translation>Personen je Zählperiode</translation>
    </message>
    <message>
        <source>Occupancy (0–1)</source>
        <translation>Auslastung (0–1)</translation>
    </message>
    <message>
        <source> people</source>
        <translation> Personen</translation>
    </message>
    <message>
        <source>Counts under this number are hidden in every view and export, so that nobody can be singled out</source>
        <translation>Zählungen unter dieser Zahl werden in allen Ansichten und Exporten ausgeblendet, damit niemand identifizierbar ist</translation>
    </message>
    <message>
        <source>Thresholds (alarms)</source>
        <translation>Schwellen (Alarme)</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Datenschutz</translation>
    </message>
    <message>
        <source>Hide counts under:</source>
        <translation>Zählungen ausblenden unter:</translation>
    </message>
    <message>
        <source>Counters from</source>
        <translation>Zähler aus</translation>
    </message>
    <message>
        <source>Thresholds and privacy</source>
        <translation>Schwellen und Datenschutz</translation>
    </message>
    <message>
        <source>No people counter in the cache yet (types: %1).</source>
        <translation>Noch kein Personenzähler im Cache (Typen: %1).</translation>
    </message>
    <message>
        <source>%1 counters · %2 congested · %3 over a threshold · %4 without recent data</source>
        <translation>%1 Zähler · %2 überfüllt · %3 über einer Schwelle · %4 ohne aktuelle Daten</translation>
    </message>
    <message>
        <source>%1 — district %2</source>
        <translation>%1 — Viertel %2</translation>
    </message>
    <message>
        <source>Every counter</source>
        <translation>Jeder Zähler</translation>
    </message>
</context>
<context>
    <name>CrowdingPlugin</name>
    <message>
        <source>Crowding</source>
        <translation>Andrang</translation>
    </message>
</context>
<context>
    <name>DashboardAlarmView</name>
    <message>
        <source>Acknowledge</source>
        <translation>Quittieren</translation>
    </message>
    <message>
        <source>Acknowledge all</source>
        <translation>Alle quittieren</translation>
    </message>
</context>
<context>
    <name>DashboardMetadata</name>
    <message>
        <source>&quot;%1&quot; is missing or not a text</source>
        <translation>„%1“ fehlt oder ist kein Text</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list of texts</source>
        <translation>„%1“ muss eine Liste von Texten sein</translation>
    </message>
    <message>
        <source>&quot;id&quot; may only contain letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;</source>
        <translation>„id“ darf nur Buchstaben, Ziffern, „.“, „_“ und „-“ enthalten</translation>
    </message>
    <message>
        <source>unknown role &quot;%1&quot; (known: %2)</source>
        <translation>unbekannte Rolle „%1“ (bekannt: %2)</translation>
    </message>
    <message>
        <source>&quot;history&quot; must map entity types to days</source>
        <translation>„history“ muss Entitätstypen Tagen zuordnen</translation>
    </message>
    <message>
        <source>history of &quot;%1&quot; must be 1 to 400 days</source>
        <translation>der Verlauf von „%1“ muss 1 bis 400 Tage betragen</translation>
    </message>
</context>
<context>
    <name>DashboardNavigator</name>
    <message>
        <source>Filter dashboards</source>
        <translation>Dashboards filtern</translation>
    </message>
    <message>
        <source>Dashboards</source>
        <translation>Dashboards</translation>
    </message>
    <message>
        <source>Double-click a dashboard to open it</source>
        <translation>Doppelklicken Sie auf ein Dashboard, um es zu öffnen</translation>
    </message>
    <message>
        <source>No dashboard matches &quot;%1&quot;.</source>
        <translation>Kein Dashboard passt zu „%1“.</translation>
    </message>
</context>
<context>
    <name>DataBrowser</name>
    <message>
        <source>Export series…</source>
        <translation>Reihe exportieren…</translation>
    </message>
    <message>
        <source>Export window…</source>
        <translation>Zeitfenster exportieren…</translation>
    </message>
    <message>
        <source>Filter by id</source>
        <translation>Nach ID filtern</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Entities with no value for longer than this are marked stale</source>
        <translation>Entitäten ohne Wert seit längerer Zeit werden als veraltet markiert</translation>
    </message>
    <message>
        <source>Every series of the entities listed, over the window, as CSV</source>
        <translation>Alle Reihen der gelisteten Entitäten im Zeitfenster als CSV</translation>
    </message>
    <message>
        <source>The selected attribute&apos;s values over the window, as CSV</source>
        <translation>Die Werte des gewählten Attributs im Zeitfenster als CSV</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Attribut</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>Gemessen</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <source>Stale after:</source>
        <translation>Veraltet nach:</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Alle Typen</translation>
    </message>
    <message>
        <source>static</source>
        <translation>statisch</translation>
    </message>
    <message>
        <source>Select an observed attribute of an entity first.</source>
        <translation>Wählen Sie zuerst ein gemessenes Attribut einer Entität.</translation>
    </message>
    <message>
        <source>No entity matches the filter.</source>
        <translation>Keine Entität passt zum Filter.</translation>
    </message>
    <message>
        <source>Export series</source>
        <translation>Reihe exportieren</translation>
    </message>
    <message>
        <source>Export window</source>
        <translation>Zeitfenster exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Could not export to %1:
%2</source>
        <translation>Export nach %1 nicht möglich:
%2</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>Export abgeschlossen</translation>
    </message>
    <message>
        <source>Values written to %1: %2.</source>
        <translation>In %1 geschriebene Werte: %2.</translation>
    </message>
</context>
<context>
    <name>DataSource</name>
    <message>
        <source>No data source</source>
        <translation>Keine Datenquelle</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung mit %1…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 — live (notifications)</source>
        <translation>%1 — live (Benachrichtigungen)</translation>
    </message>
    <message>
        <source>%1 — polling: %2</source>
        <translation>%1 — Abfrage in Intervallen: %2</translation>
    </message>
    <message>
        <source>Loading cancelled; showing what was cached</source>
        <translation>Laden abgebrochen; die zwischengespeicherten Daten werden gezeigt</translation>
    </message>
    <message>
        <source>newest data %1; %2</source>
        <translation>neueste Daten %1; %2</translation>
    </message>
    <message>
        <source>%1: the cache could not be opened</source>
        <translation>%1: der Cache konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>The cache could not be tidied: %1</source>
        <translation>Der Cache konnte nicht aufgeräumt werden: %1</translation>
    </message>
    <message>
        <source>Cache at its size limit: the oldest %1 values were folded into hourly averages (%2 MB now)</source>
        <translation>Cache an seiner Größengrenze: die ältesten %1 Werte wurden zu Stundenmitteln zusammengefasst (jetzt %2 MB)</translation>
    </message>
    <message>
        <source>Cache tidied: %1 values past the %3-day retention folded into hourly averages (%2 MB now)</source>
        <translation>Cache aufgeräumt: %1 Werte jenseits der Aufbewahrung von %3 Tagen zu Stundenmitteln zusammengefasst (jetzt %2 MB)</translation>
    </message>
    <message>
        <source>broker unreachable</source>
        <translation>Broker nicht erreichbar</translation>
    </message>
    <message>
        <source>connection error</source>
        <translation>Verbindungsfehler</translation>
    </message>
    <message>
        <source>subscription lost</source>
        <translation>Abonnement verloren</translation>
    </message>
    <message>
        <source>notifications stopped</source>
        <translation>Benachrichtigungen ausgeblieben</translation>
    </message>
    <message numerus="yes">
        <source>Back-filled %n value(s) for %1–%2</source>
        <translation>
            <numerusform>%n Wert nachgeladen für %1–%2</numerusform>
            <numerusform>%n Werte nachgeladen für %1–%2</numerusform>
        </translation>
    </message>
    <message>
        <source>; the broker has no history for %1: only the current state was fetched, values observed in between are missing</source>
        <translation>; der Broker hat keine Historie für %1: nur der aktuelle Zustand wurde abgerufen, die Werte dazwischen fehlen</translation>
    </message>
</context>
<context>
    <name>DecisionEngine</name>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>morgen</translation>
    </message>
    <message>
        <source>no soil reading: nothing decided</source>
        <translation>keine Bodenfeuchtemessung: keine Entscheidung</translation>
    </message>
    <message>
        <source>no soil reading since %1 %2: nothing decided</source>
        <translation>keine Bodenfeuchtemessung seit %1 um %2: keine Entscheidung</translation>
    </message>
    <message>
        <source>soil moist enough (%1 ≥ %2 m³/m³): no watering</source>
        <translation>Boden feucht genug (%1 ≥ %2 m³/m³): keine Bewässerung</translation>
    </message>
    <message>
        <source>rain expected %1–%2, %3 %, %4 mm: skipped although the soil is dry (%5)</source>
        <translation>Regen erwartet %1–%2, %3 %, %4 mm: keine Bewässerung, obwohl der Boden trocken ist (%5)</translation>
    </message>
    <message>
        <source>water %1 m³ at %2</source>
        <translation>%1 m³ bewässern um %2</translation>
    </message>
    <message>
        <source>soil dry (%1 &lt; %2 m³/m³), no rain expected: %3</source>
        <translation>Boden trocken (%1 &lt; %2 m³/m³), kein Regen erwartet: %3</translation>
    </message>
    <message>
        <source>field reserved %1: watering moved to %2 (%3)</source>
        <translation>Platz %1 reserviert: Bewässerung auf %2 verschoben (%3)</translation>
    </message>
    <message>
        <source>mowing %1 %2: water after mowing, at %3 (%4)</source>
        <translation>Mähen %1 um %2: nach dem Mähen bewässern, um %3 (%4)</translation>
    </message>
    <message>
        <source>— no weather forecast received: decided on the soil alone</source>
        <translation>— keine Wettervorhersage empfangen: allein anhand des Bodens entschieden</translation>
    </message>
    <message>
        <source>mowing %1 %2: water after mowing (soil dry, %3; %4 mm needed)</source>
        <translation>Mähen %1 um %2: nach dem Mähen bewässern (Boden trocken, %3; %4 mm nötig)</translation>
    </message>
    <message>
        <source>field reserved in every watering window (%1): skipped although the soil is dry (%2)</source>
        <translation>Platz in jedem Bewässerungsfenster reserviert (%1): keine Bewässerung, obwohl der Boden trocken ist (%2)</translation>
    </message>
    <message>
        <source>— no weather forecast received</source>
        <translation>— keine Wettervorhersage empfangen</translation>
    </message>
</context>
<context>
    <name>EnergyDashboard</name>
    <message>
        <source>× its typical power</source>
        <translation>× seiner üblichen Leistung</translation>
    </message>
    <message>
        <source>The deviation is always drawn purple (below usual) to orange (above)</source>
        <translation>Die Abweichung wird immer von Violett (unter üblich) bis Orange (darüber) gezeichnet</translation>
    </message>
    <message>
        <source>Whole city</source>
        <translation>Ganze Stadt</translation>
    </message>
    <message>
        <source>District of the selection</source>
        <translation>Viertel der Auswahl</translation>
    </message>
    <message>
        <source>Street level at the selection</source>
        <translation>Straßenhöhe an der Auswahl</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>PNG exportieren…</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Viertel</translation>
    </message>
    <message>
        <source>Buildings</source>
        <translation>Gebäude</translation>
    </message>
    <message>
        <source>Power now (kW)</source>
        <translation>Leistung jetzt (kW)</translation>
    </message>
    <message>
        <source>Energy over the period (MWh)</source>
        <translation>Energie im Zeitraum (MWh)</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>Gebäude</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Nutzung</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Districts and city</source>
        <translation>Viertel und Stadt</translation>
    </message>
    <message>
        <source>Top %1 by the measure shown</source>
        <translation>Top %1 nach der angezeigten Größe</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Summen</translation>
    </message>
    <message>
        <source>Alarms</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <source>Colour by:</source>
        <translation>Einfärben nach:</translation>
    </message>
    <message>
        <source>Colours:</source>
        <translation>Farben:</translation>
    </message>
    <message>
        <source>View:</source>
        <translation>Ansicht:</translation>
    </message>
    <message>
        <source>Export the 3D view</source>
        <translation>Die 3D-Ansicht exportieren</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>the image could not be written</source>
        <translation>das Bild konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>No building with a footprint in the cache yet (types %1 and %2).</source>
        <translation>Noch kein Gebäude mit Grundriss im Cache (Typen %1 und %2).</translation>
    </message>
    <message>
        <source>%1 buildings · %2 with a meter · %3 meters without recent data · %4 drawing far more than usual · grey: no value</source>
        <translation>%1 Gebäude · %2 mit Zähler · %3 Zähler ohne aktuelle Daten · %4 verbrauchen weit mehr als üblich · grau: kein Wert</translation>
    </message>
    <message>
        <source>(outside the districts)</source>
        <translation>(außerhalb der Viertel)</translation>
    </message>
    <message>
        <source>Every building</source>
        <translation>Jedes Gebäude</translation>
    </message>
    <message>
        <source>Power ÷ its typical power for the hour</source>
        <translation>Leistung ÷ ihre übliche Leistung zu dieser Stunde</translation>
    </message>
    <message>
        <source>Anomaly rules (loads under 500 W typical are not watched; nothing rings in review):</source>
        <translation>Anomalieregeln (übliche Lasten unter 500 W werden nicht überwacht; beim Rückblick wird nichts ausgelöst):</translation>
    </message>
</context>
<context>
    <name>EnergyMeasures</name>
    <message>
        <source>Power now</source>
        <translation>Leistung jetzt</translation>
    </message>
    <message>
        <source>Energy over the period</source>
        <translation>Energie im Zeitraum</translation>
    </message>
    <message>
        <source>Energy per m² of floor</source>
        <translation>Energie pro m² Geschossfläche</translation>
    </message>
    <message>
        <source>Power against its typical hour</source>
        <translation>Leistung gegenüber ihrer üblichen Stunde</translation>
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
        <translation>× üblich</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
</context>
<context>
    <name>EnergyPlugin</name>
    <message>
        <source>Building energy</source>
        <translation>Gebäudeenergie</translation>
    </message>
</context>
<context>
    <name>EntityStateModel</name>
    <message>
        <source>No value for %1 min before the time shown</source>
        <translation>Kein Wert seit %1 min vor der angezeigten Zeit</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>static</source>
        <translation>statisch</translation>
    </message>
    <message>
        <source>stale</source>
        <translation>veraltet</translation>
    </message>
    <message>
        <source>current</source>
        <translation>aktuell</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entität</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Newest value</source>
        <translation>Neuester Wert</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>FeedAlarm</name>
    <message>
        <source>Data source</source>
        <translation>Datenquelle</translation>
    </message>
    <message>
        <source>the broker</source>
        <translation>der Broker</translation>
    </message>
    <message>
        <source>Data not live: %1</source>
        <translation>Daten nicht live: %1</translation>
    </message>
    <message>
        <source>%1: %2 since %3. The dashboards show the last data received until the feed is back.</source>
        <translation>%1: %2 seit %3. Die Dashboards zeigen die zuletzt empfangenen Daten, bis der Datenstrom zurück ist.</translation>
    </message>
</context>
<context>
    <name>FeedWatchdog</name>
    <message>
        <source>the broker no longer has CityDeck&apos;s subscription</source>
        <translation>der Broker hat das Abonnement von CityDeck nicht mehr</translation>
    </message>
    <message>
        <source>the subscription expired</source>
        <translation>das Abonnement ist abgelaufen</translation>
    </message>
    <message>
        <source>the broker reports that its notifications fail</source>
        <translation>der Broker meldet, dass seine Benachrichtigungen fehlschlagen</translation>
    </message>
    <message>
        <source>the broker reports that its notifications fail: %1</source>
        <translation>der Broker meldet, dass seine Benachrichtigungen fehlschlagen: %1</translation>
    </message>
    <message>
        <source>the broker sent %1 notifications, %2 arrived</source>
        <translation>der Broker hat %1 Benachrichtigungen gesendet, %2 sind angekommen</translation>
    </message>
</context>
<context>
    <name>FieldListModel</name>
    <message>
        <source>water</source>
        <translation>bewässern</translation>
    </message>
    <message>
        <source>shifted</source>
        <translation>verschoben</translation>
    </message>
    <message>
        <source>skip</source>
        <translation>keine Bewässerung</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <source>dry</source>
        <translation>trocken</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>wet</source>
        <translation>nass</translation>
    </message>
    <message>
        <source>no recent data</source>
        <translation>keine aktuellen Daten</translation>
    </message>
    <message>
        <source>%1 (provisional)</source>
        <translation>%1 (vorläufig)</translation>
    </message>
    <message>
        <source>%1 m³</source>
        <translation>%1 m³</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Platz</translation>
    </message>
    <message>
        <source>Moisture (m³/m³)</source>
        <translation>Bodenfeuchte (m³/m³)</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Schwellenwert</translation>
    </message>
    <message>
        <source>Soil</source>
        <translation>Boden</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>At</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>Water</source>
        <translation>Wasser</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Begründung</translation>
    </message>
</context>
<context>
    <name>FieldMapPanel</name>
    <message>
        <source>Sports fields</source>
        <translation>Sportplätze</translation>
    </message>
    <message>
        <source>Soil moisture</source>
        <translation>Bodenfeuchte</translation>
    </message>
    <message>
        <source>dry</source>
        <translation>trocken</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>wet</source>
        <translation>nass</translation>
    </message>
    <message>
        <source>no recent data</source>
        <translation>keine aktuellen Daten</translation>
    </message>
    <message>
        <source>Today&apos;s decision</source>
        <translation>Heutige Entscheidung</translation>
    </message>
    <message>
        <source>● water</source>
        <translation>● bewässern</translation>
    </message>
    <message>
        <source>◆ shifted</source>
        <translation>◆ verschoben</translation>
    </message>
    <message>
        <source>■ skip</source>
        <translation>■ keine Bewässerung</translation>
    </message>
    <message>
        <source>water %1 m³ %2</source>
        <translation>%1 m³ bewässern um %2</translation>
    </message>
    <message>
        <source>→ %1, %2 m³</source>
        <translation>→ %1, %2 m³</translation>
    </message>
    <message>
        <source>skip: rain</source>
        <translation>keine Bewässerung: Regen</translation>
    </message>
    <message>
        <source>skip</source>
        <translation>keine Bewässerung</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <source>Soil moisture %1 m³/m³ (threshold %2): %3</source>
        <translation>Bodenfeuchte %1 m³/m³ (Schwellenwert %2): %3</translation>
    </message>
    <message>
        <source>Today: %1</source>
        <translation>Heute: %1</translation>
    </message>
    <message>
        <source>District: %1</source>
        <translation>Viertel: %1</translation>
    </message>
</context>
<context>
    <name>FieldPanel</name>
    <message>
        <source>Field:</source>
        <translation>Platz:</translation>
    </message>
    <message>
        <source>No sports field in the cache yet</source>
        <translation>Noch kein Sportplatz im Cache</translation>
    </message>
    <message>
        <source>%1 — soil moisture, last %2 days and next %3 h</source>
        <translation>%1 — Bodenfeuchte, letzte %2 Tage und nächste %3 h</translation>
    </message>
    <message>
        <source>Soil moisture (m³/m³)</source>
        <translation>Bodenfeuchte (m³/m³)</translation>
    </message>
    <message>
        <source>Dry threshold</source>
        <translation>Trockenschwelle</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>Expected (next 48 h)</source>
        <translation>Erwartet (nächste 48 h)</translation>
    </message>
    <message>
        <source>Waterings</source>
        <translation>Bewässerungen</translation>
    </message>
    <message>
        <source>%1: %2 m³</source>
        <translation>%1: %2 m³</translation>
    </message>
    <message>
        <source>m³/m³</source>
        <translation>m³/m³</translation>
    </message>
    <message>
        <source>Soil temperature (°C)</source>
        <translation>Bodentemperatur (°C)</translation>
    </message>
    <message>
        <source>Rain observed (mm/h)</source>
        <translation>Gemessener Niederschlag (mm/h)</translation>
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
        <translation>&lt;b&gt;Heute:&lt;/b&gt; %1 — %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Area:&lt;/b&gt; %1 m² · &lt;b&gt;Threshold:&lt;/b&gt; %2 m³/m³ · &lt;b&gt;Target:&lt;/b&gt; %3 m³/m³</source>
        <translation>&lt;b&gt;Fläche:&lt;/b&gt; %1 m² · &lt;b&gt;Schwellenwert:&lt;/b&gt; %2 m³/m³ · &lt;b&gt;Zielwert:&lt;/b&gt; %3 m³/m³</translation>
    </message>
    <message>
        <source>&lt;b&gt;Reservations today:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Reservierungen heute:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>&lt;b&gt;Next mowing:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Nächster Mähtermin:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>not scheduled</source>
        <translation>nicht geplant</translation>
    </message>
    <message>
        <source>&lt;b&gt;Last mowing:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Letzter Mähtermin:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Water meter:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Wasserzähler:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>none (water computed from the decisions)</source>
        <translation>keiner (Wasser aus den Entscheidungen berechnet)</translation>
    </message>
    <message>
        <source>%1 m³</source>
        <translation>%1 m³</translation>
    </message>
    <message>
        <source>&lt;b&gt;Waterings, last %1 days:&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;Bewässerungen, letzte %1 Tage:&lt;/b&gt; %2</translation>
    </message>
</context>
<context>
    <name>FlowChart</name>
    <message>
        <source>People per hour</source>
        <translation>Personen pro Stunde</translation>
    </message>
    <message>
        <source>Hour in progress</source>
        <translation>Laufende Stunde</translation>
    </message>
    <message>
        <source>Same weekday last week</source>
        <translation>Gleicher Wochentag letzte Woche</translation>
    </message>
    <message>
        <source>Same weekday last year</source>
        <translation>Gleicher Wochentag letztes Jahr</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prognose</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Stunde</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
</context>
<context>
    <name>FlowPanel</name>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Export chart…</source>
        <translation>Diagramm exportieren…</translation>
    </message>
    <message>
        <source>The chart as a PNG image or a PDF document</source>
        <translation>Das Diagramm als PNG-Bild oder PDF-Dokument</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Viertel</translation>
    </message>
    <message>
        <source>People so far</source>
        <translation>Personen bisher</translation>
    </message>
    <message>
        <source>vs last week</source>
        <translation>ggü. Vorwoche</translation>
    </message>
    <message>
        <source>Busiest hour</source>
        <translation>Spitzenstunde</translation>
    </message>
    <message>
        <source>Towards</source>
        <translation>Hin</translation>
    </message>
    <message>
        <source>Counted at:</source>
        <translation>Gezählt bei:</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>Tag:</translation>
    </message>
    <message>
        <source>All counters</source>
        <translation>Alle Zähler</translation>
    </message>
    <message>
        <source>District: %1</source>
        <translation>Viertel: %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No counts stored for this day.</source>
        <translation>Für diesen Tag sind keine Zählungen gespeichert.</translation>
    </message>
    <message>
        <source>People counted: &lt;b&gt;%1&lt;/b&gt; (%2 against the same hours last week%3).</source>
        <translation>Gezählte Personen: &lt;b&gt;%1&lt;/b&gt; (%2 gegenüber denselben Stunden der Vorwoche%3).</translation>
    </message>
    <message>
        <source>, %1 against last year</source>
        <translation>, %1 gegenüber dem Vorjahr</translation>
    </message>
    <message>
        <source>; no count a year ago in the cache</source>
        <translation>; keine Zählung von vor einem Jahr im Cache</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Busiest hours: %1.</source>
        <translation>Spitzenstunden: %1.</translation>
    </message>
    <message>
        <source>Walking towards: %1 %, away: %2 %.</source>
        <translation>Hin: %1 %, zurück: %2 %.</translation>
    </message>
    <message>
        <source>Forecast error on the last 7 days (mean absolute error): 1 hour ahead ±%1 people (%2 %), 3 hours ahead ±%3 people (%4 %).</source>
        <translation>Prognosefehler der letzten 7 Tage (mittlerer absoluter Fehler): 1 Stunde voraus ±%1 Personen (%2 %), 3 Stunden voraus ±%3 Personen (%4 %).</translation>
    </message>
    <message>
        <source>The forecast&apos;s error cannot be measured yet: the cache holds less than two weeks of counts.</source>
        <translation>Der Prognosefehler kann noch nicht gemessen werden: Der Cache enthält weniger als zwei Wochen Zählungen.</translation>
    </message>
    <message>
        <source>Forecasts are shown for today.</source>
        <translation>Prognosen werden für heute angezeigt.</translation>
    </message>
    <message>
        <source>%1 hour(s) with fewer than %2 people are not shown (privacy).</source>
        <translation>%1 Stunde(n) mit weniger als %2 Personen werden nicht angezeigt (Datenschutz).</translation>
    </message>
    <message>
        <source>Export pedestrian flows as CSV</source>
        <translation>Fußgängerströme als CSV exportieren</translation>
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
        <translation>niedrig</translation>
    </message>
    <message>
        <source>%1 per cell</source>
        <translation>%1 pro Zelle</translation>
    </message>
    <message>
        <source>high</source>
        <translation>hoch</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Show plug-ins…</source>
        <translation>Plug-ins anzeigen…</translation>
    </message>
    <message>
        <source>No data source. Dashboards show data once CityDeck is connected to an NGSI-LD broker or to the demo city.</source>
        <translation>Keine Datenquelle. Dashboards zeigen Daten, sobald CityDeck mit einem NGSI-LD-Broker oder der Demostadt verbunden ist.</translation>
    </message>
    <message>
        <source>Data source</source>
        <translation>Datenquelle</translation>
    </message>
    <message>
        <source>Dashboards</source>
        <translation>Dashboards</translation>
    </message>
    <message>
        <source>Tip: F11 switches to kiosk mode for video walls; the Workspace menu changes role.</source>
        <translation>Tipp: F11 schaltet in den Kioskmodus für Videowände; das Menü Arbeitsbereich wechselt die Rolle.</translation>
    </message>
    <message>
        <source>%1 workspace</source>
        <translation>Arbeitsbereich %1</translation>
    </message>
    <message>
        <source>No dashboard is installed for this workspace yet. Dashboard plug-ins are loaded from the plug-in folders listed in Help ▸ Plug-ins.</source>
        <translation>Für diesen Arbeitsbereich ist noch kein Dashboard installiert. Dashboard-Plug-ins werden aus den unter Hilfe ▸ Plug-ins aufgeführten Ordnern geladen.</translation>
    </message>
    <message>
        <source>Dashboards available: %1. Double-click one in the navigator to open it; dashboards open as panels that can be tabbed, split or floated onto another screen.</source>
        <translation>Verfügbare Dashboards: %1. Doppelklicken Sie im Navigator auf eines, um es zu öffnen; Dashboards öffnen sich als Bereiche, die als Registerkarten gruppiert, geteilt oder auf einen anderen Bildschirm verschoben werden können.</translation>
    </message>
    <message>
        <source>Plug-ins that could not be loaded: %1.</source>
        <translation>Plug-ins, die nicht geladen werden konnten: %1.</translation>
    </message>
</context>
<context>
    <name>KpiBoard</name>
    <message>
        <source>No target</source>
        <translation>Kein Ziel</translation>
    </message>
    <message>
        <source>On target</source>
        <translation>Ziel erreicht</translation>
    </message>
    <message>
        <source>Off target</source>
        <translation>Ziel verfehlt</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
</context>
<context>
    <name>KpiPanel</name>
    <message>
        <source>Key performance indicators</source>
        <translation>Leistungskennzahlen</translation>
    </message>
    <message>
        <source>No KPIs published yet. Dashboards publish their pilot KPIs here.</source>
        <translation>Noch keine KPIs veröffentlicht. Dashboards veröffentlichen hier die KPIs ihrer Piloten.</translation>
    </message>
    <message>
        <source>%1 of %2 indicators with a target are on target.</source>
        <translation>%1 von %2 Kennzahlen mit Ziel erreichen ihr Ziel.</translation>
    </message>
</context>
<context>
    <name>LiveFeed</name>
    <message>
        <source>no notification arrived within %1 s of subscribing (is this computer reachable from the broker?)</source>
        <translation>keine Benachrichtigung innerhalb von %1 s nach dem Abonnieren (ist dieser Rechner vom Broker aus erreichbar?)</translation>
    </message>
    <message>
        <source>a live feed needs at least one entity type</source>
        <translation>ein Live-Feed braucht mindestens einen Entitätstyp</translation>
    </message>
    <message>
        <source>throttling and timeInterval cannot be combined</source>
        <translation>throttling und timeInterval können nicht kombiniert werden</translation>
    </message>
    <message>
        <source>watched attributes and timeInterval cannot be combined</source>
        <translation>überwachte Attribute und timeInterval können nicht kombiniert werden</translation>
    </message>
    <message>
        <source>no notification receiver is listening</source>
        <translation>kein Benachrichtigungsempfänger ist aktiv</translation>
    </message>
    <message>
        <source>subscribing to %1</source>
        <translation>abonniere %1</translation>
    </message>
    <message>
        <source>the broker refused the subscription: %1</source>
        <translation>der Broker hat das Abonnement abgelehnt: %1</translation>
    </message>
    <message>
        <source>subscribed; waiting for the first notification</source>
        <translation>abonniert; warte auf die erste Benachrichtigung</translation>
    </message>
    <message>
        <source>live through notifications</source>
        <translation>live über Benachrichtigungen</translation>
    </message>
    <message>
        <source>polling every %1 s: %2</source>
        <translation>Abfrage alle %1 s: %2</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <source>broker unreachable since %1: %2</source>
        <translation>Broker nicht erreichbar seit %1: %2</translation>
    </message>
    <message>
        <source>subscription lost since %1 (%2); subscribing again</source>
        <translation>Abonnement verloren seit %1 (%2); wird neu abonniert</translation>
    </message>
    <message>
        <source>notifications stopped since %1 (%2); polling every %3 s</source>
        <translation>Benachrichtigungen ausgeblieben seit %1 (%2); Abfrage alle %3 s</translation>
    </message>
    <message>
        <source>the broker answers again; polling every %1 s</source>
        <translation>der Broker antwortet wieder; Abfrage alle %1 s</translation>
    </message>
    <message>
        <source>the broker answers again; waiting for notifications</source>
        <translation>der Broker antwortet wieder; warte auf Benachrichtigungen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Dashboard not opened</source>
        <translation>Dashboard nicht geöffnet</translation>
    </message>
    <message>
        <source>Dashboards</source>
        <translation>Dashboards</translation>
    </message>
    <message>
        <source>Alarms</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <source>Key performance indicators</source>
        <translation>Leistungskennzahlen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Dashboards</source>
        <translation>&amp;Dashboards</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Kiosk mode</source>
        <translation>&amp;Kioskmodus</translation>
    </message>
    <message>
        <source>&amp;Workspace</source>
        <translation>Arbeits&amp;bereich</translation>
    </message>
    <message>
        <source>&amp;Reset layout</source>
        <translation>Anordnung &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Plug-ins…</source>
        <translation>&amp;Plug-ins…</translation>
    </message>
    <message>
        <source>&amp;About CityDeck</source>
        <translation>&amp;Über CityDeck</translation>
    </message>
    <message>
        <source>No pedestrian-flow dashboard is installed.</source>
        <translation>Es ist kein Dashboard für Fußgängerströme installiert.</translation>
    </message>
    <message>
        <source>No dashboard plug-in is installed. See Help ▸ Plug-ins for the folders CityDeck searches and for plug-ins that failed to load.</source>
        <translation>Es ist kein Dashboard-Plug-in installiert. Unter Hilfe ▸ Plug-ins finden Sie die Ordner, die CityDeck durchsucht, und Plug-ins, die nicht geladen werden konnten.</translation>
    </message>
    <message>
        <source>No dashboard available</source>
        <translation>Kein Dashboard verfügbar</translation>
    </message>
    <message>
        <source>&amp;Close all dashboards</source>
        <translation>Alle Dashboards &amp;schließen</translation>
    </message>
    <message>
        <source>CityDeck — %1</source>
        <translation>CityDeck — %1</translation>
    </message>
    <message>
        <source>The dashboard &quot;%1&quot; is not available in the %2 workspace.</source>
        <translation>Das Dashboard „%1“ ist im Arbeitsbereich %2 nicht verfügbar.</translation>
    </message>
    <message>
        <source>The dashboard &quot;%1&quot; could not be created: %2</source>
        <translation>Das Dashboard „%1“ konnte nicht erstellt werden: %2</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The new language is used from the next start of CityDeck.</source>
        <translation>Die neue Sprache wird ab dem nächsten Start von CityDeck verwendet.</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>City map</source>
        <translation>Stadtkarte</translation>
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
        <translation>das PDF konnte nicht begonnen werden</translation>
    </message>
</context>
<context>
    <name>MapLayerList</name>
    <message>
        <source>Tick to show a layer; the top one is drawn over the others</source>
        <translation>Anhaken, um eine Ebene zu zeigen; die oberste wird über die anderen gezeichnet</translation>
    </message>
    <message>
        <source>Opacity of the selected layer</source>
        <translation>Deckkraft der gewählten Ebene</translation>
    </message>
    <message>
        <source>Zoom to layer</source>
        <translation>Auf Ebene zoomen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation>Deckkraft</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <source>Zoom in (+)</source>
        <translation>Vergrößern (+)</translation>
    </message>
    <message>
        <source>Zoom out (−)</source>
        <translation>Verkleinern (−)</translation>
    </message>
    <message>
        <source>Whole city (Home)</source>
        <translation>Ganze Stadt (Pos1)</translation>
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
        <translation>O</translation>
    </message>
    <message>
        <source>W</source>
        <translation>W</translation>
    </message>
</context>
<context>
    <name>MarkerLayer</name>
    <message>
        <source>%1 markers — click to zoom in</source>
        <translation>%1 Markierungen — zum Vergrößern klicken</translation>
    </message>
</context>
<context>
    <name>NotificationReceiver</name>
    <message>
        <source>notifications cannot be received: %1:%2 is taken by another program or not allowed</source>
        <translation>Benachrichtigungen können nicht empfangen werden: %1:%2 ist von einem anderen Programm belegt oder nicht erlaubt</translation>
    </message>
</context>
<context>
    <name>OccupancyChart</name>
    <message>
        <source>Occupancy (hourly mean)</source>
        <translation>Belegung (Stundenmittel)</translation>
    </message>
    <message>
        <source>Mean occupancy</source>
        <translation>Mittlere Belegung</translation>
    </message>
    <message>
        <source>Busiest hour</source>
        <translation>Stärkste Stunde</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prognose</translation>
    </message>
    <message>
        <source>Saturation (95 %)</source>
        <translation>Sättigung (95 %)</translation>
    </message>
</context>
<context>
    <name>OccupancyPanel</name>
    <message>
        <source>Whole city</source>
        <translation>Ganze Stadt</translation>
    </message>
    <message>
        <source>By hour (last 2 days and forecast)</source>
        <translation>Stündlich (letzte 2 Tage und Prognose)</translation>
    </message>
    <message>
        <source>By day (5 weeks)</source>
        <translation>Täglich (5 Wochen)</translation>
    </message>
    <message>
        <source>By week (5 weeks)</source>
        <translation>Wöchentlich (5 Wochen)</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Weekday peak</source>
        <translation>Spitze werktags</translation>
    </message>
    <message>
        <source>Weekend peak</source>
        <translation>Spitze am Wochenende</translation>
    </message>
    <message>
        <source>Hours ≥ 95 %</source>
        <translation>Stunden ≥ 95 %</translation>
    </message>
    <message>
        <source>Mean occupancy</source>
        <translation>Mittlere Belegung</translation>
    </message>
    <message>
        <source>Mean stay</source>
        <translation>Mittlere Parkdauer</translation>
    </message>
    <message>
        <source>Cars parked ÷ cars entering (Little&apos;s law), where the site counts its entrances</source>
        <translation>Geparkte Autos ÷ einfahrende Autos (Littles Gesetz), wo der Standort seine Einfahrten zählt</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Export chart…</source>
        <translation>Diagramm exportieren…</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Anzeigen:</translation>
    </message>
    <message>
        <source>Peak hours, last 7 days (double-click a site to chart it)</source>
        <translation>Spitzenstunden, letzte 7 Tage (Doppelklick auf einen Standort zeigt sein Diagramm)</translation>
    </message>
    <message>
        <source>Occupancy — %1</source>
        <translation>Belegung — %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Forecast:&lt;/b&gt; not enough history yet (it needs the same hours on previous days).</source>
        <translation>&lt;b&gt;Prognose:&lt;/b&gt; noch nicht genug Verlauf (sie braucht dieselben Stunden an Vortagen).</translation>
    </message>
    <message>
        <source>±%1 points</source>
        <translation>±%1 Prozentpunkte</translation>
    </message>
    <message>
        <source>not measured yet</source>
        <translation>noch nicht gemessen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Forecast&lt;/b&gt; (same weekday and hour over past weeks, corrected by the last hours): %1</source>
        <translation>&lt;b&gt;Prognose&lt;/b&gt; (gleicher Wochentag und gleiche Stunde der Vorwochen, korrigiert um die letzten Stunden): %1</translation>
    </message>
    <message>
        <source>Its mean error over the last 7 days: %1 one hour ahead, %2 three hours ahead.</source>
        <translation>Ihr mittlerer Fehler der letzten 7 Tage: %1 eine Stunde voraus, %2 drei Stunden voraus.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Last 7 days:&lt;/b&gt; mean %1, %2 h at saturation</source>
        <translation>&lt;b&gt;Letzte 7 Tage:&lt;/b&gt; Mittel %1, %2 h in Sättigung</translation>
    </message>
    <message>
        <source>; weekday peak %1 (%2)</source>
        <translation>; Spitze werktags %1 (%2)</translation>
    </message>
    <message>
        <source>; weekend peak %1 (%2)</source>
        <translation>; Spitze am Wochenende %1 (%2)</translation>
    </message>
    <message>
        <source>; mean stay %1 h</source>
        <translation>; mittlere Parkdauer %1 h</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>Export parking occupancy as CSV</source>
        <translation>Parkraumbelegung als CSV exportieren</translation>
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
        <translation>kein Koordinatensystem</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 existiert nicht</translation>
    </message>
    <message>
        <source>%1 is not a vector layer GDAL can read%2</source>
        <translation>%1 ist keine Vektorebene, die GDAL lesen kann%2</translation>
    </message>
    <message>
        <source>%1 is not a coordinate system PROJ knows (try EPSG:code)</source>
        <translation>%1 ist kein Koordinatensystem, das PROJ kennt (versuchen Sie EPSG:Code)</translation>
    </message>
    <message>
        <source>%1 has %2: its coordinates are not longitude/latitude and the file does not say which system they are in (a Shapefile without its .prj?); choose it, e.g. EPSG:3435</source>
        <translation>%1 hat %2: die Koordinaten sind keine Längen/Breiten und die Datei sagt nicht, in welchem System sie stehen (ein Shapefile ohne .prj?); wählen Sie es, z. B. EPSG:3435</translation>
    </message>
    <message>
        <source>%1 has no features with a geometry</source>
        <translation>%1 hat keine Objekte mit Geometrie</translation>
    </message>
    <message>
        <source>could not read %1 from memory</source>
        <translation>%1 konnte nicht aus dem Speicher gelesen werden</translation>
    </message>
    <message>
        <source>City layers (*.geojson *.json *.gpkg *.shp *.osm *.pbf *.kml *.gml);;All files (*)</source>
        <translation>Stadtebenen (*.geojson *.json *.gpkg *.shp *.osm *.pbf *.kml *.gml);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>ParkingCounts</name>
    <message>
        <source>a negative count was ignored</source>
        <translation>eine negative Zählung wurde ignoriert</translation>
    </message>
    <message>
        <source>more spaces available or occupied than the total: ignored</source>
        <translation>mehr freie oder belegte Plätze als insgesamt: ignoriert</translation>
    </message>
    <message>
        <source>occupancy outside 0–100 % was ignored</source>
        <translation>eine Belegung außerhalb 0–100 % wurde ignoriert</translation>
    </message>
    <message>
        <source>occupancy sent as a percentage</source>
        <translation>Belegung als Prozentwert gesendet</translation>
    </message>
    <message>
        <source>a count or occupancy is not a number</source>
        <translation>eine Zählung oder Belegung ist keine Zahl</translation>
    </message>
    <message>
        <source>counts and occupancy disagree</source>
        <translation>Zählungen und Belegung widersprechen sich</translation>
    </message>
</context>
<context>
    <name>ParkingDashboard</name>
    <message>
        <source>occupancy</source>
        <translation>Belegung</translation>
    </message>
    <message>
        <source>minutes without data</source>
        <translation>Minuten ohne Daten</translation>
    </message>
    <message>
        <source>Export sites CSV…</source>
        <translation>Standorte als CSV exportieren…</translation>
    </message>
    <message>
        <source>Sites (click to select, double-click to zoom in)</source>
        <translation>Standorte (Klick wählt aus, Doppelklick zoomt hinein)</translation>
    </message>
    <message>
        <source>Parking alarms</source>
        <translation>Parkalarme</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Standorte</translation>
    </message>
    <message>
        <source>Occupancy over time</source>
        <translation>Belegung im Zeitverlauf</translation>
    </message>
    <message>
        <source>Occupancy (0–1)</source>
        <translation>Belegung (0–1)</translation>
    </message>
    <message>
        <source>Minutes without data</source>
        <translation>Minuten ohne Daten</translation>
    </message>
    <message>
        <source>Thresholds (alarms)</source>
        <translation>Schwellen (Alarme)</translation>
    </message>
    <message>
        <source>An alarm is raised once when a site crosses its limit, and again only after it fell 10 % below it. Nothing is raised while reviewing the past.</source>
        <translation>Ein Alarm wird einmal ausgelöst, wenn ein Standort seine Grenze überschreitet, und erst wieder, nachdem er 10 % darunter fiel. Beim Rückblick wird nichts ausgelöst.</translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation>Schwellen</translation>
    </message>
    <message>
        <source>No parking site in the cache yet (types: %1).</source>
        <translation>Noch kein Parkstandort im Cache (Typen: %1).</translation>
    </message>
    <message>
        <source>%1 sites · %2 spaces free of %3 · %4 at 95 % or more · %5 without recent data · %6 with inconsistent data</source>
        <translation>%1 Standorte · %2 von %3 Plätzen frei · %4 bei 95 % oder mehr · %5 ohne aktuelle Daten · %6 mit widersprüchlichen Daten</translation>
    </message>
    <message>
        <source>Every site</source>
        <translation>Jeder Standort</translation>
    </message>
    <message>
        <source>Export parking sites as CSV</source>
        <translation>Parkstandorte als CSV exportieren</translation>
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
        <translation>Parken: mittlere Belegung (7 Tage)</translation>
    </message>
    <message>
        <source>Parking: site-hours at saturation (≥ 95 %, 7 days)</source>
        <translation>Parken: Standortstunden in Sättigung (≥ 95 %, 7 Tage)</translation>
    </message>
    <message>
        <source>Parking: sensors without recent data</source>
        <translation>Parken: Sensoren ohne aktuelle Daten</translation>
    </message>
</context>
<context>
    <name>ParkingMapPanel</name>
    <message>
        <source>Kerb-side parking</source>
        <translation>Straßenparken</translation>
    </message>
    <message>
        <source>Parking sites</source>
        <translation>Parkstandorte</translation>
    </message>
    <message>
        <source>Parking occupancy</source>
        <translation>Parkraumbelegung</translation>
    </message>
    <message>
        <source>under 70 %</source>
        <translation>unter 70 %</translation>
    </message>
    <message>
        <source>70–90 %</source>
        <translation>70–90 %</translation>
    </message>
    <message>
        <source>90 % and more</source>
        <translation>90 % und mehr</translation>
    </message>
    <message>
        <source>closed or no recent data</source>
        <translation>geschlossen oder ohne aktuelle Daten</translation>
    </message>
    <message>
        <source>Bays</source>
        <translation>Stellplätze</translation>
    </message>
    <message>
        <source>Bays (zoomed in)</source>
        <translation>Stellplätze (vergrößert)</translation>
    </message>
    <message>
        <source>free</source>
        <translation>frei</translation>
    </message>
    <message>
        <source>occupied</source>
        <translation>belegt</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>geschlossen</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Available: %1 of %2</source>
        <translation>Frei: %1 von %2</translation>
    </message>
    <message>
        <source>Occupancy: %1 %</source>
        <translation>Belegung: %1 %</translation>
    </message>
    <message>
        <source>District: %1</source>
        <translation>Viertel: %1</translation>
    </message>
    <message>
        <source>Over its threshold</source>
        <translation>Über seiner Schwelle</translation>
    </message>
</context>
<context>
    <name>ParkingPlugin</name>
    <message>
        <source>Parking</source>
        <translation>Parken</translation>
    </message>
</context>
<context>
    <name>ParkingSiteModel</name>
    <message>
        <source>Car park</source>
        <translation>Parkhaus</translation>
    </message>
    <message>
        <source>On street</source>
        <translation>Straßenrand</translation>
    </message>
    <message>
        <source>Bay group</source>
        <translation>Stellplatzgruppe</translation>
    </message>
    <message>
        <source>no recent data</source>
        <translation>keine aktuellen Daten</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>geschlossen</translation>
    </message>
    <message>
        <source>occupancy unknown</source>
        <translation>Belegung unbekannt</translation>
    </message>
    <message>
        <source>Change of occupancy over the last 30 minutes, in percentage points</source>
        <translation>Änderung der Belegung in den letzten 30 Minuten, in Prozentpunkten</translation>
    </message>
    <message>
        <source>Last value: %1</source>
        <translation>Letzter Wert: %1</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Viertel</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Frei</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation>Belegung</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
</context>
<context>
    <name>PluginCatalog</name>
    <message>
        <source>not a Qt plug-in (no metadata found)</source>
        <translation>kein Qt-Plug-in (keine Metadaten gefunden)</translation>
    </message>
    <message>
        <source>not a CityDeck dashboard (interface &quot;%1&quot;)</source>
        <translation>kein CityDeck-Dashboard (Schnittstelle „%1“)</translation>
    </message>
    <message>
        <source>invalid metadata: %1</source>
        <translation>ungültige Metadaten: %1</translation>
    </message>
    <message>
        <source>another plug-in with id &quot;%1&quot; is already loaded from %2</source>
        <translation>ein anderes Plug-in mit der ID „%1“ ist bereits aus %2 geladen</translation>
    </message>
    <message>
        <source>cannot load the library: %1</source>
        <translation>die Bibliothek kann nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>the library does not create a dashboard plug-in</source>
        <translation>die Bibliothek erzeugt kein Dashboard-Plug-in</translation>
    </message>
    <message>
        <source>exception in initialize(): %1</source>
        <translation>Ausnahme in initialize(): %1</translation>
    </message>
    <message>
        <source>unknown exception in initialize()</source>
        <translation>unbekannte Ausnahme in initialize()</translation>
    </message>
    <message>
        <source>initialize() refused to start</source>
        <translation>initialize() hat den Start verweigert</translation>
    </message>
    <message>
        <source>no running dashboard plug-in &quot;%1&quot;</source>
        <translation>kein laufendes Dashboard-Plug-in „%1“</translation>
    </message>
    <message>
        <source>exception while creating the dashboard: %1</source>
        <translation>Ausnahme beim Erstellen des Dashboards: %1</translation>
    </message>
    <message>
        <source>unknown exception while creating the dashboard</source>
        <translation>unbekannte Ausnahme beim Erstellen des Dashboards</translation>
    </message>
    <message>
        <source>the plug-in created no dashboard</source>
        <translation>das Plug-in hat kein Dashboard erstellt</translation>
    </message>
</context>
<context>
    <name>PluginSpec</name>
    <message>
        <source>Not loaded</source>
        <translation>Nicht geladen</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Ungültig</translation>
    </message>
    <message>
        <source>Incompatible</source>
        <translation>Inkompatibel</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Loaded</source>
        <translation>Geladen</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
</context>
<context>
    <name>PluginsDialog</name>
    <message>
        <source>Plug-ins</source>
        <translation>Plug-ins</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
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
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>CityDeck provides dashboard sdk %1. Plug-ins are searched in: %2</source>
        <translation>CityDeck stellt das Dashboard-SDK %1 bereit. Plug-ins werden gesucht in: %2</translation>
    </message>
    <message>
        <source>No plug-in file was found in these folders.</source>
        <translation>In diesen Ordnern wurde keine Plug-in-Datei gefunden.</translation>
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
        <translation>Jeder Platz</translation>
    </message>
    <message>
        <source>Applies to:</source>
        <translation>Gilt für:</translation>
    </message>
    <message>
        <source>Water below (dry threshold):</source>
        <translation>Bewässern unter (Trockenschwelle):</translation>
    </message>
    <message>
        <source>Critical (alarm after a day below):</source>
        <translation>Kritisch (Alarm nach einem Tag darunter):</translation>
    </message>
    <message>
        <source>Target moisture after watering:</source>
        <translation>Zielfeuchte nach der Bewässerung:</translation>
    </message>
    <message>
        <source>Rainy hour from a chance of:</source>
        <translation>Regenstunde ab einer Wahrscheinlichkeit von:</translation>
    </message>
    <message>
        <source>Skip when rainy hours bring at least:</source>
        <translation>Keine Bewässerung, wenn die Regenstunden mindestens bringen:</translation>
    </message>
    <message>
        <source>Forecast horizon:</source>
        <translation>Prognosehorizont:</translation>
    </message>
    <message>
        <source>Watering windows (first = usual):</source>
        <translation>Bewässerungsfenster (erstes = übliches):</translation>
    </message>
    <message>
        <source>No watering ending less than this before mowing:</source>
        <translation>Mindestabstand zwischen Bewässerungsende und Mähen:</translation>
    </message>
    <message>
        <source>Sprinkler application rate:</source>
        <translation>Beregnungsintensität der Regner:</translation>
    </message>
    <message>
        <source>Root depth watered:</source>
        <translation>Bewässerte Wurzeltiefe:</translation>
    </message>
    <message>
        <source>Fixed schedule (analogue): depth every day:</source>
        <translation>Fester Plan (analog): tägliche Wassergabe:</translation>
    </message>
    <message>
        <source>Windows must read like &quot;05:00-07:00, 21:00-23:00&quot;, in order and not overlapping.</source>
        <translation>Fenster müssen wie „05:00-07:00, 21:00-23:00“ lauten, in zeitlicher Reihenfolge und ohne Überschneidung.</translation>
    </message>
    <message>
        <source>The critical level must not exceed the dry threshold, and the dry threshold must be below the target.</source>
        <translation>Der kritische Wert darf die Trockenschwelle nicht überschreiten, und die Trockenschwelle muss unter dem Zielwert liegen.</translation>
    </message>
</context>
<context>
    <name>SavingsPanel</name>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Season</source>
        <translation>Jahreszeit</translation>
    </message>
    <message>
        <source>All fields</source>
        <translation>Alle Plätze</translation>
    </message>
    <message>
        <source> €/m³</source>
        <translation> €/m³</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>Smart rule (m³)</source>
        <translation>Intelligente Regel (m³)</translation>
    </message>
    <message>
        <source>Fixed schedule (m³)</source>
        <translation>Fester Plan (m³)</translation>
    </message>
    <message>
        <source>Saved (m³)</source>
        <translation>Eingespart (m³)</translation>
    </message>
    <message>
        <source>Saved (%)</source>
        <translation>Eingespart (%)</translation>
    </message>
    <message>
        <source>Saved (€)</source>
        <translation>Eingespart (€)</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Export chart…</source>
        <translation>Diagramm exportieren…</translation>
    </message>
    <message>
        <source>Per:</source>
        <translation>Aufteilung nach:</translation>
    </message>
    <message>
        <source>Fields:</source>
        <translation>Plätze:</translation>
    </message>
    <message>
        <source>Water price:</source>
        <translation>Wasserpreis:</translation>
    </message>
    <message>
        <source>Export water savings as CSV</source>
        <translation>Wassereinsparung als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>%1 (computed, no meter)</source>
        <translation>%1 (berechnet, kein Zähler)</translation>
    </message>
    <message>
        <source>No watering data in the cache yet.</source>
        <translation>Noch keine Bewässerungsdaten im Cache.</translation>
    </message>
    <message>
        <source>%1, %2 days: the smart rule used %3 m³ where the fixed schedule would have used %4 m³ — %5 m³ saved (%6 %), %7 at %8 €/m³. Metered where a field has a meter, else computed from the replayed decisions.</source>
        <translation>%1, %2 Tage: Die intelligente Regel verbrauchte %3 m³, wo der feste Plan %4 m³ verbraucht hätte — %5 m³ eingespart (%6 %), %7 bei %8 €/m³. Gemessen, wo ein Platz einen Wasserzähler hat, sonst aus den nachgerechneten Entscheidungen ermittelt.</translation>
    </message>
    <message>
        <source>Water used: smart rule against the fixed schedule — %1</source>
        <translation>Wasserverbrauch: intelligente Regel gegenüber dem festen Plan — %1</translation>
    </message>
    <message>
        <source>Smart rule</source>
        <translation>Intelligente Regel</translation>
    </message>
    <message>
        <source>Fixed schedule (analogue)</source>
        <translation>Fester Plan (analog)</translation>
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
        <translation>ungültige SDK-Version „%1“</translation>
    </message>
    <message>
        <source>built for sdk %1, this CityDeck provides sdk %2</source>
        <translation>für SDK %1 gebaut, dieses CityDeck stellt SDK %2 bereit</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>no secret is stored for %1</source>
        <translation>für %1 ist kein Geheimnis gespeichert</translation>
    </message>
    <message>
        <source>the keychain refused access (is it locked?)</source>
        <translation>der Schlüsselbund hat den Zugriff verweigert (ist er gesperrt?)</translation>
    </message>
    <message>
        <source>no usable OS keychain (on Linux, a Secret Service such as GNOME Keyring or KWallet must run and be unlocked)</source>
        <translation>kein nutzbarer System-Schlüsselbund (unter Linux muss ein Secret Service wie GNOME Keyring oder KWallet laufen und entsperrt sein)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>Metric (m, km, °C, L)</source>
        <translation>Metrisch (m, km, °C, L)</translation>
    </message>
    <message>
        <source>Imperial (ft, mi, °F, gal)</source>
        <translation>Imperial (ft, mi, °F, gal)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Design:</translation>
    </message>
    <message>
        <source>&amp;Units:</source>
        <translation>&amp;Einheiten:</translation>
    </message>
    <message>
        <source>The new language is used from the next start of CityDeck.</source>
        <translation>Die neue Sprache wird ab dem nächsten Start von CityDeck verwendet.</translation>
    </message>
    <message>
        <source>Dates and numbers follow the language.</source>
        <translation>Datums- und Zahlenformate folgen der Sprache.</translation>
    </message>
</context>
<context>
    <name>ShellStatusBar</name>
    <message>
        <source>Connection state</source>
        <translation>Verbindungsstatus</translation>
    </message>
    <message>
        <source>Data time</source>
        <translation>Zeitpunkt der Daten</translation>
    </message>
    <message>
        <source>Live or review mode</source>
        <translation>Live- oder Rückschaumodus</translation>
    </message>
    <message>
        <source>No data source</source>
        <translation>Keine Datenquelle</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinde…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Offline — showing cached data</source>
        <translation>Offline — zwischengespeicherte Daten</translation>
    </message>
    <message>
        <source>Connection error</source>
        <translation>Verbindungsfehler</translation>
    </message>
    <message>
        <source>As of: no data yet</source>
        <translation>Stand: noch keine Daten</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>Stand %1</translation>
    </message>
    <message>
        <source>REVIEW</source>
        <translation>RÜCKSCHAU</translation>
    </message>
    <message>
        <source>LIVE — no source</source>
        <translation>LIVE — keine Quelle</translation>
    </message>
    <message>
        <source>LIVE</source>
        <translation>LIVE</translation>
    </message>
    <message>
        <source>Dashboards show live data</source>
        <translation>Dashboards zeigen Live-Daten</translation>
    </message>
    <message>
        <source>Dashboards show the past instant chosen on the time cursor</source>
        <translation>Dashboards zeigen den auf dem Zeitcursor gewählten vergangenen Zeitpunkt</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop loading; what is already cached stays</source>
        <translation>Laden beenden; was schon im Cache ist, bleibt</translation>
    </message>
    <message>
        <source>Not live</source>
        <translation>Nicht live</translation>
    </message>
    <message>
        <source>NOT LIVE</source>
        <translation>NICHT LIVE</translation>
    </message>
    <message>
        <source>Dashboards show the last data received: the feed is not live</source>
        <translation>Die Dashboards zeigen die zuletzt empfangenen Daten: der Datenstrom ist nicht live</translation>
    </message>
</context>
<context>
    <name>SourceMappingEditor</name>
    <message>
        <source>Stop using</source>
        <translation>Nicht mehr verwenden</translation>
    </message>
    <message>
        <source>people counted in each period (summed per hour)</source>
        <translation>je Periode gezählte Personen (pro Stunde summiert)</translation>
    </message>
    <message>
        <source>people present (averaged per hour)</source>
        <translation>anwesende Personen (pro Stunde gemittelt)</translation>
    </message>
    <message>
        <source>Use this type</source>
        <translation>Diesen Typ verwenden</translation>
    </message>
    <message>
        <source>Entity type:</source>
        <translation>Entitätstyp:</translation>
    </message>
    <message>
        <source>Count attribute:</source>
        <translation>Zählattribut:</translation>
    </message>
    <message>
        <source>Occupancy attribute:</source>
        <translation>Auslastungsattribut:</translation>
    </message>
    <message>
        <source>The count is:</source>
        <translation>Die Zählung ist:</translation>
    </message>
    <message>
        <source>%1: count %2</source>
        <translation>%1: Zählung %2</translation>
    </message>
    <message>
        <source>%1: count %2, occupancy %3</source>
        <translation>%1: Zählung %2, Auslastung %3</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keins)</translation>
    </message>
    <message>
        <source>At least one type stays: add another before removing this one</source>
        <translation>Mindestens ein Typ bleibt: Fügen Sie zuerst einen anderen hinzu, bevor Sie diesen entfernen</translation>
    </message>
</context>
<context>
    <name>StandardDashboardPlugin</name>
    <message>
        <source>no dashboard context</source>
        <translation>kein Dashboard-Kontext</translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message numerus="yes">
        <source>Loading the current state of %n type(s)…</source>
        <translation>
            <numerusform>Aktueller Zustand von %n Typ wird geladen…</numerusform>
            <numerusform>Aktueller Zustand von %n Typen wird geladen…</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>could not write to the cache: %1</source>
        <translation>Schreiben in den Cache nicht möglich: %1</translation>
    </message>
    <message numerus="yes">
        <source>Fetching the last %n hour(s) of history…</source>
        <translation>
            <numerusform>Die letzte Stunde Verlauf wird geholt…</numerusform>
            <numerusform>Die letzten %n Stunden Verlauf werden geholt…</numerusform>
        </translation>
    </message>
    <message>
        <source>Current state: %1</source>
        <translation>Aktueller Zustand: %1</translation>
    </message>
    <message>
        <source>Loading %1 failed: %2</source>
        <translation>Laden von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Cache filled</source>
        <translation>Cache gefüllt</translation>
    </message>
    <message>
        <source>History: %1</source>
        <translation>Verlauf: %1</translation>
    </message>
    <message>
        <source>no history for %1: %2</source>
        <translation>kein Verlauf für %1: %2</translation>
    </message>
    <message>
        <source>Back-filling the values missed since %1…</source>
        <translation>Verpasste Werte seit %1 werden nachgeladen…</translation>
    </message>
    <message>
        <source>Back-filling: %1</source>
        <translation>Nachladen: %1</translation>
    </message>
    <message>
        <source>no history for %1: values observed between %2 and %3 are missing</source>
        <translation>keine Historie für %1: die Werte zwischen %2 und %3 fehlen</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Hoher Kontrast</translation>
    </message>
</context>
<context>
    <name>ThresholdEditor</name>
    <message>
        <source>Watches</source>
        <translation>Überwacht</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Messgröße</translation>
    </message>
    <message>
        <source>Alarm at or above</source>
        <translation>Alarm ab</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Add threshold</source>
        <translation>Schwelle hinzufügen</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Auswahl entfernen</translation>
    </message>
    <message>
        <source>Every district</source>
        <translation>Jedes Viertel</translation>
    </message>
</context>
<context>
    <name>ThresholdMonitor</name>
    <message>
        <source>%1: %2 (limit %3)</source>
        <translation>%1: %2 (Grenze %3)</translation>
    </message>
    <message>
        <source>%1 over its limit</source>
        <translation>%1 über der Grenze</translation>
    </message>
    <message>
        <source>District %1</source>
        <translation>Viertel %1</translation>
    </message>
</context>
<context>
    <name>TileCache</name>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 existiert nicht</translation>
    </message>
    <message>
        <source>%1 is not an MBTiles file (%2)</source>
        <translation>%1 ist keine MBTiles-Datei (%2)</translation>
    </message>
    <message>
        <source>%1 is not an MBTiles file: it has no tiles table</source>
        <translation>%1 ist keine MBTiles-Datei: sie hat keine tiles-Tabelle</translation>
    </message>
    <message>
        <source>%1 has no metadata table: its name, bounds and zoom levels are unknown; its tiles are used</source>
        <translation>%1 hat keine metadata-Tabelle: Name, Ausdehnung und Zoomstufen sind unbekannt; die Kacheln werden verwendet</translation>
    </message>
    <message>
        <source>%1 holds vector tiles (pbf); CityDeck draws raster tiles (png, jpg, webp)</source>
        <translation>%1 enthält Vektorkacheln (pbf); CityDeck zeichnet Rasterkacheln (png, jpg, webp)</translation>
    </message>
    <message>
        <source>the tile cache is read only</source>
        <translation>der Kachel-Cache ist schreibgeschützt</translation>
    </message>
</context>
<context>
    <name>TileDownloader</name>
    <message>
        <source>HTTP %1 for %2</source>
        <translation>HTTP %1 für %2</translation>
    </message>
</context>
<context>
    <name>TileLayer</name>
    <message>
        <source>© OpenStreetMap contributors</source>
        <translation>© OpenStreetMap-Mitwirkende</translation>
    </message>
    <message>
        <source>tile %1/%2/%3 of %4 is damaged and left blank</source>
        <translation>Kachel %1/%2/%3 von %4 ist beschädigt und bleibt leer</translation>
    </message>
</context>
<context>
    <name>TimeBar</name>
    <message>
        <source>Back to live</source>
        <translation>Zurück zu live</translation>
    </message>
    <message>
        <source>Show live data again (Ctrl+End)</source>
        <translation>Wieder Live-Daten zeigen (Strg+Ende)</translation>
    </message>
    <message>
        <source>Play the window from the time shown</source>
        <translation>Das Zeitfenster ab der angezeigten Zeit abspielen</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>Wiedergabegeschwindigkeit</translation>
    </message>
    <message>
        <source>Review the city at this date and time</source>
        <translation>Die Stadt zu diesem Datum und dieser Uhrzeit ansehen</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <source>6 hours</source>
        <translation>6 Stunden</translation>
    </message>
    <message>
        <source>24 hours</source>
        <translation>24 Stunden</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 Tage</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 Tage</translation>
    </message>
    <message>
        <source>Window reviewed and exported</source>
        <translation>Zeitfenster für Rückblick und Export</translation>
    </message>
    <message>
        <source>Window:</source>
        <translation>Zeitfenster:</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Step back %1 min</source>
        <translation>%1 min zurück</translation>
    </message>
    <message>
        <source>Step forward %1 min</source>
        <translation>%1 min vor</translation>
    </message>
    <message>
        <source>Time shown, within the window (the cache is empty)</source>
        <translation>Angezeigte Zeit im Zeitfenster (der Cache ist leer)</translation>
    </message>
    <message>
        <source>Time shown, within the window (the cache holds %1 to %2)</source>
        <translation>Angezeigte Zeit im Zeitfenster (der Cache enthält %1 bis %2)</translation>
    </message>
</context>
<context>
    <name>UnitFormatter</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
</context>
<context>
    <name>WaterSavings</name>
    <message>
        <source>Week %1, %2</source>
        <translation>Woche %1, %2</translation>
    </message>
    <message>
        <source>Winter %1–%2</source>
        <translation>Winter %1–%2</translation>
    </message>
    <message>
        <source>Spring %1</source>
        <translation>Frühling %1</translation>
    </message>
    <message>
        <source>Summer %1</source>
        <translation>Sommer %1</translation>
    </message>
    <message>
        <source>Autumn %1</source>
        <translation>Herbst %1</translation>
    </message>
</context>
<context>
    <name>WateringAlarms</name>
    <message>
        <source>Soil sensor silent: %1</source>
        <translation>Bodensensor stumm: %1</translation>
    </message>
    <message>
        <source>No soil moisture reading from %1.</source>
        <translation>Keine Bodenfeuchtemessung von %1 empfangen.</translation>
    </message>
    <message>
        <source>No soil moisture reading since %1: the rule cannot decide for this field.</source>
        <translation>Keine Bodenfeuchtemessung seit %1: Die Regel kann für diesen Platz nicht entscheiden.</translation>
    </message>
    <message>
        <source>Field too dry for over a day: %1</source>
        <translation>Platz seit über einem Tag zu trocken: %1</translation>
    </message>
    <message>
        <source>Soil moisture below %1 m³/m³ since %2 (now %3): the turf is at risk.</source>
        <translation>Bodenfeuchte seit %2 unter %1 m³/m³ (jetzt %3): Der Rasen ist gefährdet.</translation>
    </message>
    <message>
        <source>Watering recorded while it rains: %1</source>
        <translation>Bewässerung bei Regen erfasst: %1</translation>
    </message>
    <message>
        <source>%1 m³ metered between %2 and %3 while the station measured %4 mm of rain in an hour.</source>
        <translation>%1 m³ zwischen %2 und %3 vom Zähler erfasst, während die Wetterstation %4 mm Regen in einer Stunde gemessen hat.</translation>
    </message>
    <message>
        <source>No weather forecast received</source>
        <translation>Keine Wettervorhersage empfangen</translation>
    </message>
    <message>
        <source>No hourly weather forecast in the cache: the watering rule decides on the soil alone.</source>
        <translation>Keine stündliche Wettervorhersage im Cache: Die Bewässerungsregel entscheidet allein anhand des Bodens.</translation>
    </message>
    <message>
        <source>The last hourly forecast was issued %1: the watering rule decides on the soil alone.</source>
        <translation>Die letzte stündliche Vorhersage wurde am %1 ausgegeben: Die Bewässerungsregel entscheidet allein anhand des Bodens.</translation>
    </message>
</context>
<context>
    <name>WateringDashboard</name>
    <message>
        <source>Today&apos;s plan (click a field to select it, double-click to zoom in)</source>
        <translation>Heutiger Plan (Klick auf einen Platz wählt ihn aus, Doppelklick zoomt hinein)</translation>
    </message>
    <message>
        <source>Watering alarms</source>
        <translation>Bewässerungsalarme</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Plätze</translation>
    </message>
    <message>
        <source>Field over time</source>
        <translation>Platz im Zeitverlauf</translation>
    </message>
    <message>
        <source>Water saved</source>
        <translation>Eingespartes Wasser</translation>
    </message>
    <message>
        <source>What-if</source>
        <translation>Was-wäre-wenn</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>Back to the pilot&apos;s defaults</source>
        <translation>Zurück zu den Standardwerten des Pilotprojekts</translation>
    </message>
    <message>
        <source>The day&apos;s decision is taken at the start of the first window, from what is known then: skip when the soil is moist enough or when rain is expected later that day (even if the soil is dry), otherwise water back to the target at the first window free of reservations and far enough before a mowing. See docs/WATERING.md.</source>
        <translation>Die Tagesentscheidung fällt zu Beginn des ersten Fensters, anhand dessen, was dann bekannt ist: keine Bewässerung, wenn der Boden feucht genug ist oder später am Tag Regen erwartet wird (auch bei trockenem Boden), sonst Bewässerung bis zum Zielwert im ersten Fenster ohne Reservierungen und mit genügend Abstand vor einem Mähtermin. Siehe docs/WATERING.md.</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>The what-if parameters are now in force.</source>
        <translation>Die Was-wäre-wenn-Parameter sind jetzt in Kraft.</translation>
    </message>
    <message>
        <source>Applied to every field.</source>
        <translation>Auf alle Plätze angewendet.</translation>
    </message>
    <message>
        <source>Applied to this field only.</source>
        <translation>Nur auf diesen Platz angewendet.</translation>
    </message>
    <message>
        <source>The pilot&apos;s default parameters are in force.</source>
        <translation>Die Standardparameter des Pilotprojekts sind in Kraft.</translation>
    </message>
    <message>
        <source>No sports field in the cache yet (types: %1).</source>
        <translation>Noch kein Sportplatz im Cache (Typen: %1).</translation>
    </message>
    <message>
        <source> · no weather forecast: decided on the soil alone</source>
        <translation> · keine Wettervorhersage: allein anhand des Bodens entschieden</translation>
    </message>
    <message>
        <source>Fields: %1 · today: %2 to water, %3 shifted, %4 skipped, %5 without data · %6 m³ planned%7</source>
        <translation>Plätze: %1 · heute: %2 zu bewässern, %3 verschoben, %4 ohne Bewässerung, %5 ohne Daten · %6 m³ geplant%7</translation>
    </message>
</context>
<context>
    <name>WateringMonitor</name>
    <message>
        <source>Watering: water used (7 days)</source>
        <translation>Bewässerung: Wasserverbrauch (7 Tage)</translation>
    </message>
    <message>
        <source>Watering: water saved against the fixed schedule (7 days)</source>
        <translation>Bewässerung: eingespartes Wasser gegenüber dem festen Plan (7 Tage)</translation>
    </message>
    <message>
        <source>Watering: saving against the fixed schedule</source>
        <translation>Bewässerung: Einsparung gegenüber dem festen Plan</translation>
    </message>
</context>
<context>
    <name>WateringPlugin</name>
    <message>
        <source>Watering</source>
        <translation>Bewässerung</translation>
    </message>
</context>
<context>
    <name>WhatIfPanel</name>
    <message>
        <source>Re-run with these parameters</source>
        <translation>Mit diesen Parametern neu berechnen</translation>
    </message>
    <message>
        <source>Put these parameters in force</source>
        <translation>Diese Parameter in Kraft setzen</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Platz</translation>
    </message>
    <message>
        <source>What-if (m³)</source>
        <translation>Was-wäre-wenn (m³)</translation>
    </message>
    <message>
        <source>Difference (m³)</source>
        <translation>Differenz (m³)</translation>
    </message>
    <message>
        <source>Try other parameters on the city&apos;s own history before changing the rule: each past day is decided again from what the cache held at its decision time. The soil is taken to dry and take rain as it did, raised or lowered by the water the other rule gives more or less.</source>
        <translation>Probieren Sie andere Parameter am eigenen Verlauf der Stadt aus, bevor Sie die Regel ändern: Jeder vergangene Tag wird neu entschieden, anhand dessen, was der Cache zum Entscheidungszeitpunkt enthielt. Der Boden trocknet ab und nimmt Regen auf wie tatsächlich geschehen, erhöht oder gesenkt um das Wasser, das die andere Regel mehr oder weniger gibt.</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Letzte</translation>
    </message>
    <message>
        <source>%1 to %2: the rule in force used %3 m³; these parameters would have used %4 m³ (%5 m³, %6 %). Days below the critical level, summed over the fields: %7 in force, %8 with these parameters.</source>
        <translation>%1 bis %2: Die geltende Regel verbrauchte %3 m³; diese Parameter hätten %4 m³ verbraucht (%5 m³, %6 %). Tage unter dem kritischen Wert, über die Plätze summiert: %7 mit der geltenden Regel, %8 mit diesen Parametern.</translation>
    </message>
    <message>
        <source>In force (m³)</source>
        <translation>In Kraft (m³)</translation>
    </message>
    <message>
        <source>Waterings</source>
        <translation>Bewässerungen</translation>
    </message>
    <message>
        <source>Dry days, in force</source>
        <translation>Trockentage, in Kraft</translation>
    </message>
    <message>
        <source>Dry days, what-if</source>
        <translation>Trockentage, Was-wäre-wenn</translation>
    </message>
    <message>
        <source>Waterings with the rule in force / with these parameters</source>
        <translation>Bewässerungen mit der geltenden Regel / mit diesen Parametern</translation>
    </message>
    <message>
        <source>Days with a reading below the critical level</source>
        <translation>Tage mit einer Messung unter dem kritischen Wert</translation>
    </message>
</context>
<context>
    <name>WidgetExport</name>
    <message>
        <source>choose a .png or .pdf file name</source>
        <translation>wählen Sie einen Dateinamen mit .png oder .pdf</translation>
    </message>
    <message>
        <source>PNG image (*.png);;PDF document (*.pdf)</source>
        <translation>PNG-Bild (*.png);;PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Written to %1</source>
        <translation>Geschrieben nach %1</translation>
    </message>
    <message>
        <source>Not written: %1</source>
        <translation>Nicht geschrieben: %1</translation>
    </message>
    <message>
        <source>Export the chart</source>
        <translation>Das Diagramm exportieren</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Council officer</source>
        <translation>Verwaltungsmitarbeiter</translation>
    </message>
    <message>
        <source>Tourism office</source>
        <translation>Tourismusbüro</translation>
    </message>
    <message>
        <source>Live dashboards and the alarm area, for the control room.</source>
        <translation>Live-Dashboards und Alarmbereich, für den Leitstand.</translation>
    </message>
    <message>
        <source>Pilot KPIs and review of past periods, for council reporting.</source>
        <translation>KPIs der Piloten und Rückschau auf vergangene Zeiträume, für Berichte an den Stadtrat.</translation>
    </message>
    <message>
        <source>Pedestrian-flow dashboards only, for the tourism office.</source>
        <translation>Nur Dashboards für Fußgängerströme, für das Tourismusbüro.</translation>
    </message>
</context>
<context>
    <name>WorkspaceChooser</name>
    <message>
        <source>Welcome to CityDeck</source>
        <translation>Willkommen bei CityDeck</translation>
    </message>
    <message>
        <source>Choose the workspace that fits your role. You can change it at any time from the Workspace menu.</source>
        <translation>Wählen Sie den Arbeitsbereich, der zu Ihrer Rolle passt. Sie können ihn jederzeit im Menü Arbeitsbereich ändern.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The demo city could not start: %1</source>
        <translation>Die Demostadt konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>%1
%2 entities received; newest observation %3.</source>
        <translation>%1
%2 Entitäten empfangen; neueste Beobachtung %3.</translation>
    </message>
</context>
</TS>
