<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About CityDeck</source>
        <translation>Over CityDeck</translation>
    </message>
    <message>
        <source>A control room for smart-city pilots: live dashboards, alarms and KPI review on FIWARE NGSI-LD context brokers.</source>
        <translation>Een controlekamer voor slimme-stadpilots: live dashboards, alarmen en KPI-overzicht op FIWARE NGSI-LD-contextbrokers.</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Component</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licentie</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>Componenten</translation>
    </message>
    <message>
        <source>CityDeck is distributed under the MIT licence.

It uses Qt under the GNU LGPL 3.0, VTK under the BSD 3-clause licence, GDAL/OGR and PROJ under the MIT licence and SQLite, which is in the public domain. The licence texts are installed in share/doc/citydeck.</source>
        <translation>CityDeck wordt verspreid onder de MIT-licentie.

Het gebruikt Qt onder de GNU LGPL 3.0, VTK onder de BSD-3-clausule-licentie, GDAL/OGR en PROJ onder de MIT-licentie en SQLite, dat tot het publieke domein behoort. De licentieteksten worden geïnstalleerd in share/doc/citydeck.</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Licenties</translation>
    </message>
    <message>
        <source>Data attributions</source>
        <translation>Bronvermeldingen van gegevens</translation>
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
        <translation>Waarschuwing</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritiek</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Bevestigd</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Ernst</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Gemeld</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entiteit</translation>
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
        <translation>Opgeheven</translation>
    </message>
    <message>
        <source>Cleared, unacknowledged</source>
        <translation>Opgeheven, niet bevestigd</translation>
    </message>
</context>
<context>
    <name>AlarmPanel</name>
    <message>
        <source>Acknowledge</source>
        <translation>Bevestigen</translation>
    </message>
    <message>
        <source>Acknowledge all</source>
        <translation>Alles bevestigen</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritiek</translation>
    </message>
    <message>
        <source>Alarms</source>
        <translation>Alarmen</translation>
    </message>
    <message>
        <source>No alarms. Dashboards raise alarms here when a threshold is crossed.</source>
        <translation>Geen alarmen. Dashboards melden hier alarmen wanneer een drempel wordt overschreden.</translation>
    </message>
    <message>
        <source>Open alarms: %1 of %2</source>
        <translation>Open alarmen: %1 van %2</translation>
    </message>
    <message>
        <source>Data source</source>
        <translation>Gegevensbron</translation>
    </message>
    <message>
        <source>Data source alarms</source>
        <translation>Alarmen van de gegevensbron</translation>
    </message>
    <message>
        <source>Cleared, unacknowledged</source>
        <translation>Opgeheven, niet bevestigd</translation>
    </message>
</context>
<context>
    <name>AsOfLabel</name>
    <message>
        <source>Live — no data in the cache yet</source>
        <translation>Live — nog geen gegevens in de cache</translation>
    </message>
    <message>
        <source>Review at %1 — no data at that time</source>
        <translation>Terugblik op %1 — geen gegevens op dat moment</translation>
    </message>
    <message>
        <source>Live — %1 entities, none observed yet</source>
        <translation>Live — %1 entiteiten, nog geen metingen</translation>
    </message>
    <message>
        <source>Review at %1 — %2 entities, none observed yet</source>
        <translation>Terugblik op %1 — %2 entiteiten, nog geen metingen</translation>
    </message>
    <message>
        <source>Live — as of %1</source>
        <translation>Live — stand van %1</translation>
    </message>
    <message>
        <source>Review at %1 — newest value %2</source>
        <translation>Terugblik op %1 — nieuwste waarde %2</translation>
    </message>
    <message>
        <source> — %1 of %2 stale (silent for more than %3 min)</source>
        <translation> — %1 van %2 verouderd (meer dan %3 min stil)</translation>
    </message>
    <message>
        <source>NOT LIVE — no data — %1 since %2</source>
        <translation>NIET LIVE — geen gegevens — %1 sinds %2</translation>
    </message>
    <message>
        <source>NOT LIVE — data as of %1 — %2 since %3</source>
        <translation>NIET LIVE — gegevens van %1 — %2 sinds %3</translation>
    </message>
</context>
<context>
    <name>BuildingPanel</name>
    <message>
        <source>&lt;b&gt;No building selected&lt;/b&gt;</source>
        <translation>&lt;b&gt;Geen gebouw geselecteerd&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Click a building in the 3D view, or a line of the tables.</source>
        <translation>Klik op een gebouw in de 3D-weergave of op een regel van de tabellen.</translation>
    </message>
    <message>
        <source>Use: %1</source>
        <translation>Gebruik: %1</translation>
    </message>
    <message>
        <source>District: %1</source>
        <translation>Wijk: %1</translation>
    </message>
    <message>
        <source>%1 floors, %2 m high, %3 m² of floor</source>
        <translation>%1 verdiepingen, %2 m hoog, %3 m² vloer</translation>
    </message>
    <message>
        <source>Power now: &lt;b&gt;%1 kW&lt;/b&gt; (typical for this hour: %2 kW)</source>
        <translation>Vermogen nu: &lt;b&gt;%1 kW&lt;/b&gt; (gebruikelijk voor dit uur: %2 kW)</translation>
    </message>
    <message>
        <source>%1: %2 kWh, %3 kWh/m²</source>
        <translation>%1: %2 kWh, %3 kWh/m²</translation>
    </message>
    <message>
        <source>&lt;i&gt;No meter refers to this building.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Geen meter verwijst naar dit gebouw.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;Its meter sent nothing recently.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Zijn meter stuurde recent niets.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Too few buildings of the same use with readings to compare.</source>
        <translation>Te weinig gebouwen met hetzelfde gebruik en metingen om te vergelijken.</translation>
    </message>
    <message>
        <source>kWh per hour</source>
        <translation>kWh per uur</translation>
    </message>
    <message>
        <source>kWh per day</source>
        <translation>kWh per dag</translation>
    </message>
    <message>
        <source>kWh</source>
        <translation>kWh</translation>
    </message>
    <message>
        <source>Against %1 buildings of the same use (median %2 kWh/m²): %3%4 %.</source>
        <translation>Vergeleken met %1 gebouwen met hetzelfde gebruik (mediaan %2 kWh/m²): %3%4 %.</translation>
    </message>
</context>
<context>
    <name>CityMapPanel</name>
    <message>
        <source>Street names</source>
        <translation>Straatnamen</translation>
    </message>
    <message>
        <source>Entities at the time cursor</source>
        <translation>Entiteiten op de tijdcursor</translation>
    </message>
    <message>
        <source>Add layer file…</source>
        <translation>Laagbestand toevoegen…</translation>
    </message>
    <message>
        <source>GeoJSON, GeoPackage, Shapefile or OpenStreetMap file, in any coordinate system</source>
        <translation>GeoJSON-, GeoPackage-, Shapefile- of OpenStreetMap-bestand, in elk coördinatenstelsel</translation>
    </message>
    <message>
        <source>Offline basemap…</source>
        <translation>Offline achtergrondkaart…</translation>
    </message>
    <message>
        <source>Use an .mbtiles file as the background map (no network needed)</source>
        <translation>Een .mbtiles-bestand als achtergrondkaart gebruiken (geen netwerk nodig)</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>PNG exporteren…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>PDF exporteren…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Layers&lt;/b&gt;</source>
        <translation>&lt;b&gt;Lagen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The offline basemap could not be opened: %1</source>
        <translation>De offline achtergrondkaart kon niet worden geopend: %1</translation>
    </message>
    <message>
        <source>%1: %2 features in %3 layers</source>
        <translation>%1: %2 objecten in %3 lagen</translation>
    </message>
    <message>
        <source>Basemap: %1</source>
        <translation>Achtergrondkaart: %1</translation>
    </message>
    <message>
        <source>Offline basemap %1 (%2 tiles)</source>
        <translation>Offline achtergrondkaart %1 (%2 tegels)</translation>
    </message>
    <message>
        <source>The tile cache %1 could not be opened: %2</source>
        <translation>De tegelcache %1 kon niet worden geopend: %2</translation>
    </message>
    <message>
        <source>© OpenStreetMap contributors</source>
        <translation>© OpenStreetMap-bijdragers</translation>
    </message>
    <message>
        <source>The tile server cannot be reached: cached tiles and the city layers are shown</source>
        <translation>De tegelserver is onbereikbaar: tegels uit de cache en de stadslagen worden getoond</translation>
    </message>
    <message>
        <source>Basemap: OpenStreetMap</source>
        <translation>Achtergrondkaart: OpenStreetMap</translation>
    </message>
    <message>
        <source>Add a city layer</source>
        <translation>Een stadslaag toevoegen</translation>
    </message>
    <message>
        <source>Not added: %1</source>
        <translation>Niet toegevoegd: %1</translation>
    </message>
    <message>
        <source>Offline basemap</source>
        <translation>Offline achtergrondkaart</translation>
    </message>
    <message>
        <source>MBTiles (*.mbtiles);;All files (*)</source>
        <translation>MBTiles (*.mbtiles);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Not opened: %1</source>
        <translation>Niet geopend: %1</translation>
    </message>
    <message>
        <source>Export the map as PDF</source>
        <translation>De kaart als PDF exporteren</translation>
    </message>
    <message>
        <source>Export the map as PNG</source>
        <translation>De kaart als PNG exporteren</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-afbeelding (*.png)</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolutie</translation>
    </message>
    <message>
        <source>Dots per inch:</source>
        <translation>Punten per inch:</translation>
    </message>
    <message>
        <source>CityDeck — city map at %1</source>
        <translation>CityDeck — stadskaart op %1</translation>
    </message>
    <message>
        <source>Map written to %1</source>
        <translation>Kaart geschreven naar %1</translation>
    </message>
    <message>
        <source>The map could not be written: %1</source>
        <translation>De kaart kon niet worden geschreven: %1</translation>
    </message>
    <message>
        <source>Coordinate system</source>
        <translation>Coördinatenstelsel</translation>
    </message>
    <message>
        <source>%1

Coordinate system of this file (e.g. EPSG:2154 for Lambert-93):</source>
        <translation>%1

Coördinatenstelsel van dit bestand (bv. EPSG:28992 voor RD New):</translation>
    </message>
</context>
<context>
    <name>CityPlan</name>
    <message>
        <source>Street names</source>
        <translation>Straatnamen</translation>
    </message>
</context>
<context>
    <name>ClassBreaks</name>
    <message>
        <source>Quantiles</source>
        <translation>Kwantielen</translation>
    </message>
    <message>
        <source>Equal intervals</source>
        <translation>Gelijke intervallen</translation>
    </message>
    <message>
        <source>Natural breaks (Jenks)</source>
        <translation>Natuurlijke grenzen (Jenks)</translation>
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
        <translation>Blauwtinten (niet kleurenblindveilig)</translation>
    </message>
</context>
<context>
    <name>CommandLineOptions</name>
    <message>
        <source>CityDeck — a control room for smart-city pilots on NGSI-LD brokers.</source>
        <translation>CityDeck — een controlekamer voor slimme-stadpilots op NGSI-LD-brokers.</translation>
    </message>
    <message>
        <source>Start in workspace NAME (%1).</source>
        <translation>Starten in werkruimte NAME (%1).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Connect to the embedded demo city.</source>
        <translation>Verbinden met de ingebouwde demostad.</translation>
    </message>
    <message>
        <source>User interface language (%1) for this run.</source>
        <translation>Taal van de gebruikersinterface (%1) voor deze sessie.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>Forget the saved window layouts of all workspaces.</source>
        <translation>De opgeslagen vensterindelingen van alle werkruimten vergeten.</translation>
    </message>
    <message>
        <source>Start full screen without chrome (video walls).</source>
        <translation>Volledig scherm starten zonder menu’s en balken (videowanden).</translation>
    </message>
    <message>
        <source>Read and write settings in FILE instead of the user&apos;s settings.</source>
        <translation>Instellingen lezen en schrijven in FILE in plaats van de instellingen van de gebruiker.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Onverwacht argument: %1</translation>
    </message>
    <message>
        <source>Unknown workspace &quot;%1&quot;; use one of: %2</source>
        <translation>Onbekende werkruimte &quot;%1&quot;; gebruik een van: %2</translation>
    </message>
    <message>
        <source>Unsupported language &quot;%1&quot;; use one of: %2</source>
        <translation>Niet-ondersteunde taal &quot;%1&quot;; gebruik een van: %2</translation>
    </message>
    <message>
        <source>Print every plug-in found, its state and any error, then exit.</source>
        <translation>Elke gevonden plug-in tonen met zijn toestand en eventuele fout, en dan afsluiten.</translation>
    </message>
    <message>
        <source>Seed of the demo city (same seed, same city).</source>
        <translation>Seed van de demostad (zelfde seed, zelfde stad).</translation>
    </message>
    <message>
        <source>SEED</source>
        <translation>SEED</translation>
    </message>
    <message>
        <source>Simulated seconds per second in the demo city.</source>
        <translation>Gesimuleerde seconden per seconde in de demostad.</translation>
    </message>
    <message>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <source>--demo-seed needs a non-negative integer and --demo-speed a non-negative number</source>
        <translation>--demo-seed vraagt een niet-negatief geheel getal en --demo-speed een niet-negatief getal</translation>
    </message>
    <message>
        <source>Open the dashboard ID at start (may be repeated).</source>
        <translation>Dashboard ID bij het starten openen (mag herhaald worden).</translation>
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
        <translation>Publiek domein</translation>
    </message>
    <message>
        <source>Map data © OpenStreetMap contributors, available under the Open Database Licence (ODbL 1.0).</source>
        <translation>Kaartgegevens © OpenStreetMap-bijdragers, beschikbaar onder de Open Database-licentie (ODbL 1.0).</translation>
    </message>
    <message>
        <source>Entity types and attributes follow the FIWARE Smart Data Models (CC BY 4.0).</source>
        <translation>Entiteittypen en attributen volgen de FIWARE Smart Data Models (CC BY 4.0).</translation>
    </message>
    <message>
        <source>The demo city is synthetic: its people, cars and buildings are generated by CityDeck.</source>
        <translation>De demostad is synthetisch: haar mensen, auto’s en gebouwen worden door CityDeck gegenereerd.</translation>
    </message>
</context>
<context>
    <name>ConnectionController</name>
    <message>
        <source>&amp;Connections…</source>
        <translation>&amp;Verbindingen…</translation>
    </message>
    <message>
        <source>Demo city (simulated Saint-Quentin)</source>
        <translation>Demostad (gesimuleerd Saint-Quentin)</translation>
    </message>
    <message>
        <source>Districts</source>
        <translation>Wijken</translation>
    </message>
    <message>
        <source>Buildings</source>
        <translation>Gebouwen</translation>
    </message>
    <message>
        <source>Streets</source>
        <translation>Straten</translation>
    </message>
</context>
<context>
    <name>ConnectionEditor</name>
    <message>
        <source>Send the tenant as Fiware-Service (older gateways)</source>
        <translation>Tenant als Fiware-Service sturen (oudere gateways)</translation>
    </message>
    <message>
        <source>Add connection</source>
        <translation>Verbinding toevoegen</translation>
    </message>
    <message>
        <source>Edit connection</source>
        <translation>Verbinding bewerken</translation>
    </message>
    <message>
        <source>Same as the broker (Mintaka: http://host:8080)</source>
        <translation>Zelfde als de broker (Mintaka: http://host:8080)</translation>
    </message>
    <message>
        <source>Default tenant</source>
        <translation>Standaardtenant</translation>
    </message>
    <message>
        <source>Core context only</source>
        <translation>Alleen de kerncontext</translation>
    </message>
    <message>
        <source>127.0.0.1, any free port</source>
        <translation>127.0.0.1, een vrije poort</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Geen</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Bearer-token</translation>
    </message>
    <message>
        <source>OAuth2 / Keycloak (user and password)</source>
        <translation>OAuth2 / Keycloak (gebruiker en wachtwoord)</translation>
    </message>
    <message>
        <source>OAuth2 / Keycloak (client credentials)</source>
        <translation>OAuth2 / Keycloak (clientgegevens)</translation>
    </message>
    <message>
        <source>X-Auth-Token (Wilma PEP proxy)</source>
        <translation>X-Auth-Token (Wilma PEP-proxy)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>&amp;Broker URL:</source>
        <translation>&amp;Broker-URL:</translation>
    </message>
    <message>
        <source>&amp;Temporal URL:</source>
        <translation>&amp;Temporele URL:</translation>
    </message>
    <message>
        <source>T&amp;enant:</source>
        <translation>T&amp;enant:</translation>
    </message>
    <message>
        <source>@&amp;context URL:</source>
        <translation>@&amp;context-URL:</translation>
    </message>
    <message>
        <source>&amp;Authentication:</source>
        <translation>&amp;Authenticatie:</translation>
    </message>
    <message>
        <source>To&amp;ken:</source>
        <translation>To&amp;ken:</translation>
    </message>
    <message>
        <source>Token &amp;endpoint:</source>
        <translation>Token-&amp;endpoint:</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>Client-&amp;ID:</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>Client-&amp;secret:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Gebruiker:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <source>&amp;Notifications at:</source>
        <translation>&amp;Meldingen op:</translation>
    </message>
    <message>
        <source>Secrets are kept in the system keychain, never in CityDeck&apos;s settings.</source>
        <translation>Geheimen worden in de sleutelhanger van het systeem bewaard, nooit in de instellingen van CityDeck.</translation>
    </message>
    <message>
        <source>Give the connection a name.</source>
        <translation>Geef de verbinding een naam.</translation>
    </message>
    <message>
        <source>The broker URL must be an http:// or https:// address.</source>
        <translation>De broker-URL moet een http://- of https://-adres zijn.</translation>
    </message>
    <message>
        <source>OAuth2 needs the token endpoint, e.g. https://keycloak/realms/city/protocol/openid-connect/token.</source>
        <translation>OAuth2 heeft het token-endpoint nodig, bv. https://keycloak/realms/city/protocol/openid-connect/token.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagen</translation>
    </message>
    <message>
        <source>Older values are folded into hourly averages, kept two years for KPI review</source>
        <translation>Oudere waarden worden samengevat tot uurgemiddelden, twee jaar bewaard voor KPI-evaluatie</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>Past this size the oldest values are removed first</source>
        <translation>Boven deze grootte worden eerst de oudste waarden verwijderd</translation>
    </message>
    <message>
        <source>Keep &amp;values for:</source>
        <translation>&amp;Waarden bewaren:</translation>
    </message>
    <message>
        <source>Cache si&amp;ze limit:</source>
        <translation>Maximale cache&amp;grootte:</translation>
    </message>
</context>
<context>
    <name>ConnectionManager</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bewerken…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Verwijderen</translation>
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
        <translation>Verbindingen</translation>
    </message>
    <message>
        <source>Choose a connection and press Test to see what the broker offers.</source>
        <translation>Kies een verbinding en druk op Testen om te zien wat de broker aanbiedt.</translation>
    </message>
    <message>
        <source>Entity type</source>
        <translation>Entiteittype</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Entiteiten</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Toevoegen…</translation>
    </message>
    <message>
        <source>Remove connection</source>
        <translation>Verbinding verwijderen</translation>
    </message>
    <message>
        <source>Remove the connection &quot;%1&quot; and its stored secrets?</source>
        <translation>De verbinding “%1” en haar bewaarde geheimen verwijderen?</translation>
    </message>
    <message>
        <source>The secret could not be stored in the system keychain: %1</source>
        <translation>Het geheim kon niet in de sleutelhanger van het systeem worden bewaard: %1</translation>
    </message>
    <message>
        <source>The %1 of this connection could not be read from the system keychain: %2</source>
        <translation>Het veld %1 van deze verbinding kon niet uit de sleutelhanger van het systeem worden gelezen: %2</translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation>%1 testen…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Failed:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Mislukt:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; answers: %n entity type(s), %2 entities.</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; antwoordt: %n entiteittype, %2 entiteiten.</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; antwoordt: %n entiteittypes, %2 entiteiten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CrowdMapPanel</name>
    <message>
        <source>Counted segments</source>
        <translation>Getelde segmenten</translation>
    </message>
    <message>
        <source>Congested segments</source>
        <translation>Overvolle segmenten</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmenten</translation>
    </message>
    <message>
        <source>Congested</source>
        <translation>Overvol</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Geteld</translation>
    </message>
    <message>
        <source>Crowding heatmap</source>
        <translation>Druktekaart</translation>
    </message>
    <message>
        <source>Counters</source>
        <translation>Tellers</translation>
    </message>
    <message>
        <source>Counters (occupancy)</source>
        <translation>Tellers (bezetting)</translation>
    </message>
    <message>
        <source>under 50 %</source>
        <translation>onder 50 %</translation>
    </message>
    <message>
        <source>50–80 %</source>
        <translation>50–80 %</translation>
    </message>
    <message>
        <source>80 % and more</source>
        <translation>80 % en meer</translation>
    </message>
    <message>
        <source>People counted</source>
        <translation>Getelde personen</translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation>Bezetting</translation>
    </message>
    <message>
        <source>How far each counter&apos;s crowd spreads on the map, in pixels</source>
        <translation>Hoe ver de drukte van elke teller zich op de kaart uitspreidt, in pixels</translation>
    </message>
    <message>
        <source>Heat from:</source>
        <translation>Warmte uit:</translation>
    </message>
    <message>
        <source>Radius:</source>
        <translation>Straal:</translation>
    </message>
    <message>
        <source>Palette:</source>
        <translation>Palet:</translation>
    </message>
    <message>
        <source>People per counting period</source>
        <translation>Personen per telperiode</translation>
    </message>
    <message>
        <source>People: %1</source>
        <translation>Personen: %1</translation>
    </message>
    <message>
        <source>Occupancy: %1 %</source>
        <translation>Bezetting: %1 %</translation>
    </message>
    <message>
        <source>District: %1</source>
        <translation>Wijk: %1</translation>
    </message>
    <message>
        <source>No recent value</source>
        <translation>Geen recente waarde</translation>
    </message>
    <message>
        <source>Over its threshold</source>
        <translation>Boven de drempel</translation>
    </message>
</context>
<context>
    <name>CrowdingDashboard</name>
    <message>
        <source>people</source>
        <translation>personen</translation>
    </message>
    <message>
        <source>occupancy</source>
        <translation>bezetting</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Teller</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation>Bezetting</translation>
    </message>
    <message>
        <source>Busiest counters</source>
        <translation>Drukste tellers</translation>
    </message>
    <message>
        <source>Crowding alarms</source>
        <translation>Drukte-alarmen</translation>
    </message>
    <message>
        <source>Crowd map</source>
        <translation>Druktekaart</translation>
    </message>
    <message>
        <source>Pedestrian flows</source>
        <translation>Voetgangersstromen</translation>
    </message>
    <message>
        <source>People per counting period</source>
        <translation>Personen per telperiode</translation>
    </message>
    <message>
        <source>Occupancy (0–1)</source>
        <translation>Bezetting (0–1)</translation>
    </message>
    <message>
        <source> people</source>
        <translation> personen</translation>
    </message>
    <message>
        <source>Counts under this number are hidden in every view and export, so that nobody can be singled out</source>
        <translation>Tellingen onder dit getal worden in elke weergave en export verborgen, zodat niemand herkenbaar is</translation>
    </message>
    <message>
        <source>Thresholds (alarms)</source>
        <translation>Drempels (alarmen)</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privacy</translation>
    </message>
    <message>
        <source>Hide counts under:</source>
        <translation>Tellingen verbergen onder:</translation>
    </message>
    <message>
        <source>Counters from</source>
        <translation>Tellers uit</translation>
    </message>
    <message>
        <source>Thresholds and privacy</source>
        <translation>Drempels en privacy</translation>
    </message>
    <message>
        <source>No people counter in the cache yet (types: %1).</source>
        <translation>Nog geen personenteller in de cache (types: %1).</translation>
    </message>
    <message>
        <source>%1 counters · %2 congested · %3 over a threshold · %4 without recent data</source>
        <translation>%1 tellers · %2 overvol · %3 boven een drempel · %4 zonder recente gegevens</translation>
    </message>
    <message>
        <source>%1 — district %2</source>
        <translation>%1 — wijk %2</translation>
    </message>
    <message>
        <source>Every counter</source>
        <translation>Elke teller</translation>
    </message>
</context>
<context>
    <name>CrowdingPlugin</name>
    <message>
        <source>Crowding</source>
        <translation>Drukte</translation>
    </message>
</context>
<context>
    <name>DashboardAlarmView</name>
    <message>
        <source>Acknowledge</source>
        <translation>Bevestigen</translation>
    </message>
    <message>
        <source>Acknowledge all</source>
        <translation>Alles bevestigen</translation>
    </message>
</context>
<context>
    <name>DashboardMetadata</name>
    <message>
        <source>&quot;%1&quot; is missing or not a text</source>
        <translation>&quot;%1&quot; ontbreekt of is geen tekst</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list of texts</source>
        <translation>&quot;%1&quot; moet een lijst van teksten zijn</translation>
    </message>
    <message>
        <source>&quot;id&quot; may only contain letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;</source>
        <translation>&quot;id&quot; mag alleen letters, cijfers, &apos;.&apos;, &apos;_&apos; en &apos;-&apos; bevatten</translation>
    </message>
    <message>
        <source>unknown role &quot;%1&quot; (known: %2)</source>
        <translation>onbekende rol &quot;%1&quot; (bekend: %2)</translation>
    </message>
    <message>
        <source>&quot;history&quot; must map entity types to days</source>
        <translation>&quot;history&quot; moet entiteittypes aan dagen koppelen</translation>
    </message>
    <message>
        <source>history of &quot;%1&quot; must be 1 to 400 days</source>
        <translation>de geschiedenis van &quot;%1&quot; moet 1 tot 400 dagen zijn</translation>
    </message>
</context>
<context>
    <name>DashboardNavigator</name>
    <message>
        <source>Filter dashboards</source>
        <translation>Dashboards filteren</translation>
    </message>
    <message>
        <source>Dashboards</source>
        <translation>Dashboards</translation>
    </message>
    <message>
        <source>Double-click a dashboard to open it</source>
        <translation>Dubbelklik op een dashboard om het te openen</translation>
    </message>
    <message>
        <source>No dashboard matches &quot;%1&quot;.</source>
        <translation>Geen dashboard komt overeen met &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>DataBrowser</name>
    <message>
        <source>Export series…</source>
        <translation>Reeks exporteren…</translation>
    </message>
    <message>
        <source>Export window…</source>
        <translation>Venster exporteren…</translation>
    </message>
    <message>
        <source>Filter by id</source>
        <translation>Filteren op id</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Entities with no value for longer than this are marked stale</source>
        <translation>Entiteiten zonder waarde gedurende langere tijd worden als verouderd gemarkeerd</translation>
    </message>
    <message>
        <source>Every series of the entities listed, over the window, as CSV</source>
        <translation>Alle reeksen van de getoonde entiteiten over het venster, als CSV</translation>
    </message>
    <message>
        <source>The selected attribute&apos;s values over the window, as CSV</source>
        <translation>De waarden van het gekozen attribuut over het venster, als CSV</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Attribuut</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>Gemeten</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <source>Stale after:</source>
        <translation>Verouderd na:</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Alle types</translation>
    </message>
    <message>
        <source>static</source>
        <translation>statisch</translation>
    </message>
    <message>
        <source>Select an observed attribute of an entity first.</source>
        <translation>Kies eerst een gemeten attribuut van een entiteit.</translation>
    </message>
    <message>
        <source>No entity matches the filter.</source>
        <translation>Geen entiteit past bij het filter.</translation>
    </message>
    <message>
        <source>Export series</source>
        <translation>Reeks exporteren</translation>
    </message>
    <message>
        <source>Export window</source>
        <translation>Venster exporteren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Exporteren mislukt</translation>
    </message>
    <message>
        <source>Could not export to %1:
%2</source>
        <translation>Kon niet exporteren naar %1:
%2</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>Exporteren voltooid</translation>
    </message>
    <message>
        <source>Values written to %1: %2.</source>
        <translation>Waarden geschreven naar %1: %2.</translation>
    </message>
</context>
<context>
    <name>DataSource</name>
    <message>
        <source>No data source</source>
        <translation>Geen gegevensbron</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbinden met %1…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 — live (notifications)</source>
        <translation>%1 — live (meldingen)</translation>
    </message>
    <message>
        <source>%1 — polling: %2</source>
        <translation>%1 — periodiek opvragen: %2</translation>
    </message>
    <message>
        <source>Loading cancelled; showing what was cached</source>
        <translation>Laden geannuleerd; de gecachete gegevens worden getoond</translation>
    </message>
    <message>
        <source>newest data %1; %2</source>
        <translation>nieuwste gegevens %1; %2</translation>
    </message>
    <message>
        <source>%1: the cache could not be opened</source>
        <translation>%1: de cache kon niet worden geopend</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>The cache could not be tidied: %1</source>
        <translation>De cache kon niet worden opgeschoond: %1</translation>
    </message>
    <message>
        <source>Cache at its size limit: the oldest %1 values were folded into hourly averages (%2 MB now)</source>
        <translation>Cache op maximale grootte: de oudste %1 waarden zijn samengevat tot uurgemiddelden (nu %2 MB)</translation>
    </message>
    <message>
        <source>Cache tidied: %1 values past the %3-day retention folded into hourly averages (%2 MB now)</source>
        <translation>Cache opgeschoond: %1 waarden ouder dan de bewaartermijn van %3 dagen samengevat tot uurgemiddelden (nu %2 MB)</translation>
    </message>
    <message>
        <source>broker unreachable</source>
        <translation>broker onbereikbaar</translation>
    </message>
    <message>
        <source>connection error</source>
        <translation>verbindingsfout</translation>
    </message>
    <message>
        <source>subscription lost</source>
        <translation>abonnement verloren</translation>
    </message>
    <message>
        <source>notifications stopped</source>
        <translation>meldingen gestopt</translation>
    </message>
    <message numerus="yes">
        <source>Back-filled %n value(s) for %1–%2</source>
        <translation>
            <numerusform>%n waarde aangevuld voor %1–%2</numerusform>
            <numerusform>%n waarden aangevuld voor %1–%2</numerusform>
        </translation>
    </message>
    <message>
        <source>; the broker has no history for %1: only the current state was fetched, values observed in between are missing</source>
        <translation>; de broker heeft geen historiek voor %1: alleen de huidige toestand is opgehaald, de waarden daartussen ontbreken</translation>
    </message>
</context>
<context>
    <name>DecisionEngine</name>
    <message>
        <source>today</source>
        <translation>vandaag</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>morgen</translation>
    </message>
    <message>
        <source>no soil reading: nothing decided</source>
        <translation>geen bodemvochtmeting: niets beslist</translation>
    </message>
    <message>
        <source>no soil reading since %1 %2: nothing decided</source>
        <translation>geen bodemvochtmeting sinds %1 om %2: niets beslist</translation>
    </message>
    <message>
        <source>soil moist enough (%1 ≥ %2 m³/m³): no watering</source>
        <translation>bodem vochtig genoeg (%1 ≥ %2 m³/m³): geen beregening</translation>
    </message>
    <message>
        <source>rain expected %1–%2, %3 %, %4 mm: skipped although the soil is dry (%5)</source>
        <translation>regen verwacht %1–%2, %3 %, %4 mm: geen beregening hoewel de bodem droog is (%5)</translation>
    </message>
    <message>
        <source>water %1 m³ at %2</source>
        <translation>%1 m³ beregenen om %2</translation>
    </message>
    <message>
        <source>soil dry (%1 &lt; %2 m³/m³), no rain expected: %3</source>
        <translation>bodem droog (%1 &lt; %2 m³/m³), geen regen verwacht: %3</translation>
    </message>
    <message>
        <source>field reserved %1: watering moved to %2 (%3)</source>
        <translation>veld gereserveerd %1: beregening verschoven naar %2 (%3)</translation>
    </message>
    <message>
        <source>mowing %1 %2: water after mowing, at %3 (%4)</source>
        <translation>maaien %1 om %2: na het maaien beregenen, om %3 (%4)</translation>
    </message>
    <message>
        <source>— no weather forecast received: decided on the soil alone</source>
        <translation>— geen weersverwachting ontvangen: alleen op basis van de bodem beslist</translation>
    </message>
    <message>
        <source>mowing %1 %2: water after mowing (soil dry, %3; %4 mm needed)</source>
        <translation>maaien %1 om %2: na het maaien beregenen (bodem droog, %3; %4 mm nodig)</translation>
    </message>
    <message>
        <source>field reserved in every watering window (%1): skipped although the soil is dry (%2)</source>
        <translation>veld gereserveerd in elk beregeningsvenster (%1): geen beregening hoewel de bodem droog is (%2)</translation>
    </message>
    <message>
        <source>— no weather forecast received</source>
        <translation>— geen weersverwachting ontvangen</translation>
    </message>
</context>
<context>
    <name>EnergyDashboard</name>
    <message>
        <source>× its typical power</source>
        <translation>× zijn gebruikelijke vermogen</translation>
    </message>
    <message>
        <source>The deviation is always drawn purple (below usual) to orange (above)</source>
        <translation>De afwijking wordt altijd getekend van paars (onder het gebruikelijke) tot oranje (erboven)</translation>
    </message>
    <message>
        <source>Whole city</source>
        <translation>Hele stad</translation>
    </message>
    <message>
        <source>District of the selection</source>
        <translation>Wijk van de selectie</translation>
    </message>
    <message>
        <source>Street level at the selection</source>
        <translation>Op straatniveau bij de selectie</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>PNG exporteren…</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Wijk</translation>
    </message>
    <message>
        <source>Buildings</source>
        <translation>Gebouwen</translation>
    </message>
    <message>
        <source>Power now (kW)</source>
        <translation>Vermogen nu (kW)</translation>
    </message>
    <message>
        <source>Energy over the period (MWh)</source>
        <translation>Energie over de periode (MWh)</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>Gebouw</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Gebruik</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <source>Districts and city</source>
        <translation>Wijken en stad</translation>
    </message>
    <message>
        <source>Top %1 by the measure shown</source>
        <translation>Top %1 volgens de getoonde maat</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Totalen</translation>
    </message>
    <message>
        <source>Alarms</source>
        <translation>Alarmen</translation>
    </message>
    <message>
        <source>Colour by:</source>
        <translation>Kleuren volgens:</translation>
    </message>
    <message>
        <source>Colours:</source>
        <translation>Kleuren:</translation>
    </message>
    <message>
        <source>View:</source>
        <translation>Weergave:</translation>
    </message>
    <message>
        <source>Export the 3D view</source>
        <translation>De 3D-weergave exporteren</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-afbeelding (*.png)</translation>
    </message>
    <message>
        <source>the image could not be written</source>
        <translation>de afbeelding kon niet worden geschreven</translation>
    </message>
    <message>
        <source>No building with a footprint in the cache yet (types %1 and %2).</source>
        <translation>Nog geen gebouw met een grondvlak in de cache (types %1 en %2).</translation>
    </message>
    <message>
        <source>%1 buildings · %2 with a meter · %3 meters without recent data · %4 drawing far more than usual · grey: no value</source>
        <translation>%1 gebouwen · %2 met een meter · %3 meters zonder recente gegevens · %4 verbruiken veel meer dan gewoonlijk · grijs: geen waarde</translation>
    </message>
    <message>
        <source>(outside the districts)</source>
        <translation>(buiten de wijken)</translation>
    </message>
    <message>
        <source>Every building</source>
        <translation>Elk gebouw</translation>
    </message>
    <message>
        <source>Power ÷ its typical power for the hour</source>
        <translation>Vermogen ÷ zijn gebruikelijke vermogen voor dit uur</translation>
    </message>
    <message>
        <source>Anomaly rules (loads under 500 W typical are not watched; nothing rings in review):</source>
        <translation>Anomalieregels (belastingen onder 500 W gebruikelijk worden niet bewaakt; bij terugkijken gaat er niets af):</translation>
    </message>
</context>
<context>
    <name>EnergyMeasures</name>
    <message>
        <source>Power now</source>
        <translation>Vermogen nu</translation>
    </message>
    <message>
        <source>Energy over the period</source>
        <translation>Energie over de periode</translation>
    </message>
    <message>
        <source>Energy per m² of floor</source>
        <translation>Energie per m² vloer</translation>
    </message>
    <message>
        <source>Power against its typical hour</source>
        <translation>Vermogen tegenover zijn gebruikelijke uur</translation>
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
        <translation>× gebruikelijk</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Laatste 24 uur</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Laatste 7 dagen</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Laatste 30 dagen</translation>
    </message>
</context>
<context>
    <name>EnergyPlugin</name>
    <message>
        <source>Building energy</source>
        <translation>Energie van gebouwen</translation>
    </message>
</context>
<context>
    <name>EntityStateModel</name>
    <message>
        <source>No value for %1 min before the time shown</source>
        <translation>Geen waarde gedurende %1 min vóór het getoonde tijdstip</translation>
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
        <translation>verouderd</translation>
    </message>
    <message>
        <source>current</source>
        <translation>actueel</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entiteit</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Newest value</source>
        <translation>Nieuwste waarde</translation>
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
        <translation>Gegevensbron</translation>
    </message>
    <message>
        <source>the broker</source>
        <translation>de broker</translation>
    </message>
    <message>
        <source>Data not live: %1</source>
        <translation>Gegevens niet live: %1</translation>
    </message>
    <message>
        <source>%1: %2 since %3. The dashboards show the last data received until the feed is back.</source>
        <translation>%1: %2 sinds %3. De dashboards tonen de laatst ontvangen gegevens tot de stroom terug is.</translation>
    </message>
</context>
<context>
    <name>FeedWatchdog</name>
    <message>
        <source>the broker no longer has CityDeck&apos;s subscription</source>
        <translation>de broker heeft het abonnement van CityDeck niet meer</translation>
    </message>
    <message>
        <source>the subscription expired</source>
        <translation>het abonnement is verlopen</translation>
    </message>
    <message>
        <source>the broker reports that its notifications fail</source>
        <translation>de broker meldt dat zijn meldingen mislukken</translation>
    </message>
    <message>
        <source>the broker reports that its notifications fail: %1</source>
        <translation>de broker meldt dat zijn meldingen mislukken: %1</translation>
    </message>
    <message>
        <source>the broker sent %1 notifications, %2 arrived</source>
        <translation>de broker stuurde %1 meldingen, %2 kwamen aan</translation>
    </message>
</context>
<context>
    <name>FieldListModel</name>
    <message>
        <source>water</source>
        <translation>beregenen</translation>
    </message>
    <message>
        <source>shifted</source>
        <translation>verschoven</translation>
    </message>
    <message>
        <source>skip</source>
        <translation>geen beregening</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>geen gegevens</translation>
    </message>
    <message>
        <source>dry</source>
        <translation>droog</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>wet</source>
        <translation>nat</translation>
    </message>
    <message>
        <source>no recent data</source>
        <translation>geen recente gegevens</translation>
    </message>
    <message>
        <source>%1 (provisional)</source>
        <translation>%1 (voorlopig)</translation>
    </message>
    <message>
        <source>%1 m³</source>
        <translation>%1 m³</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <source>Moisture (m³/m³)</source>
        <translation>Bodemvocht (m³/m³)</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Drempel</translation>
    </message>
    <message>
        <source>Soil</source>
        <translation>Bodem</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <source>At</source>
        <translation>Tijdstip</translation>
    </message>
    <message>
        <source>Water</source>
        <translation>Water</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Reden</translation>
    </message>
</context>
<context>
    <name>FieldMapPanel</name>
    <message>
        <source>Sports fields</source>
        <translation>Sportvelden</translation>
    </message>
    <message>
        <source>Soil moisture</source>
        <translation>Bodemvocht</translation>
    </message>
    <message>
        <source>dry</source>
        <translation>droog</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>wet</source>
        <translation>nat</translation>
    </message>
    <message>
        <source>no recent data</source>
        <translation>geen recente gegevens</translation>
    </message>
    <message>
        <source>Today&apos;s decision</source>
        <translation>Beslissing van vandaag</translation>
    </message>
    <message>
        <source>● water</source>
        <translation>● beregenen</translation>
    </message>
    <message>
        <source>◆ shifted</source>
        <translation>◆ verschoven</translation>
    </message>
    <message>
        <source>■ skip</source>
        <translation>■ geen beregening</translation>
    </message>
    <message>
        <source>water %1 m³ %2</source>
        <translation>%1 m³ beregenen om %2</translation>
    </message>
    <message>
        <source>→ %1, %2 m³</source>
        <translation>→ %1, %2 m³</translation>
    </message>
    <message>
        <source>skip: rain</source>
        <translation>geen beregening: regen</translation>
    </message>
    <message>
        <source>skip</source>
        <translation>geen beregening</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>geen gegevens</translation>
    </message>
    <message>
        <source>Soil moisture %1 m³/m³ (threshold %2): %3</source>
        <translation>Bodemvocht %1 m³/m³ (drempel %2): %3</translation>
    </message>
    <message>
        <source>Today: %1</source>
        <translation>Vandaag: %1</translation>
    </message>
    <message>
        <source>District: %1</source>
        <translation>Wijk: %1</translation>
    </message>
</context>
<context>
    <name>FieldPanel</name>
    <message>
        <source>Field:</source>
        <translation>Veld:</translation>
    </message>
    <message>
        <source>No sports field in the cache yet</source>
        <translation>Nog geen sportveld in de cache</translation>
    </message>
    <message>
        <source>%1 — soil moisture, last %2 days and next %3 h</source>
        <translation>%1 — bodemvocht, laatste %2 dagen en komende %3 uur</translation>
    </message>
    <message>
        <source>Soil moisture (m³/m³)</source>
        <translation>Bodemvocht (m³/m³)</translation>
    </message>
    <message>
        <source>Dry threshold</source>
        <translation>Droogtedrempel</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritiek</translation>
    </message>
    <message>
        <source>Expected (next 48 h)</source>
        <translation>Verwacht (komende 48 uur)</translation>
    </message>
    <message>
        <source>Waterings</source>
        <translation>Beregeningen</translation>
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
        <translation>Bodemtemperatuur (°C)</translation>
    </message>
    <message>
        <source>Rain observed (mm/h)</source>
        <translation>Gemeten neerslag (mm/u)</translation>
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
        <translation>&lt;b&gt;Vandaag:&lt;/b&gt; %1 — %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Area:&lt;/b&gt; %1 m² · &lt;b&gt;Threshold:&lt;/b&gt; %2 m³/m³ · &lt;b&gt;Target:&lt;/b&gt; %3 m³/m³</source>
        <translation>&lt;b&gt;Oppervlakte:&lt;/b&gt; %1 m² · &lt;b&gt;Drempel:&lt;/b&gt; %2 m³/m³ · &lt;b&gt;Streefwaarde:&lt;/b&gt; %3 m³/m³</translation>
    </message>
    <message>
        <source>&lt;b&gt;Reservations today:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Reserveringen vandaag:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Next mowing:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Volgende maaibeurt:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>not scheduled</source>
        <translation>niet gepland</translation>
    </message>
    <message>
        <source>&lt;b&gt;Last mowing:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Laatste maaibeurt:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Water meter:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Watermeter:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>none (water computed from the decisions)</source>
        <translation>geen (water berekend uit de beslissingen)</translation>
    </message>
    <message>
        <source>%1 m³</source>
        <translation>%1 m³</translation>
    </message>
    <message>
        <source>&lt;b&gt;Waterings, last %1 days:&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;Beregeningen, laatste %1 dagen:&lt;/b&gt; %2</translation>
    </message>
</context>
<context>
    <name>FlowChart</name>
    <message>
        <source>People per hour</source>
        <translation>Personen per uur</translation>
    </message>
    <message>
        <source>Hour in progress</source>
        <translation>Lopend uur</translation>
    </message>
    <message>
        <source>Same weekday last week</source>
        <translation>Zelfde weekdag vorige week</translation>
    </message>
    <message>
        <source>Same weekday last year</source>
        <translation>Zelfde weekdag vorig jaar</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Voorspelling</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Uur</translation>
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
        <translation>CSV exporteren…</translation>
    </message>
    <message>
        <source>Export chart…</source>
        <translation>Grafiek exporteren…</translation>
    </message>
    <message>
        <source>The chart as a PNG image or a PDF document</source>
        <translation>De grafiek als PNG-afbeelding of PDF-document</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Wijk</translation>
    </message>
    <message>
        <source>People so far</source>
        <translation>Personen tot nu toe</translation>
    </message>
    <message>
        <source>vs last week</source>
        <translation>t.o.v. vorige week</translation>
    </message>
    <message>
        <source>Busiest hour</source>
        <translation>Drukste uur</translation>
    </message>
    <message>
        <source>Towards</source>
        <translation>Heen</translation>
    </message>
    <message>
        <source>Counted at:</source>
        <translation>Geteld bij:</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>Dag:</translation>
    </message>
    <message>
        <source>All counters</source>
        <translation>Alle tellers</translation>
    </message>
    <message>
        <source>District: %1</source>
        <translation>Wijk: %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No counts stored for this day.</source>
        <translation>Geen tellingen opgeslagen voor deze dag.</translation>
    </message>
    <message>
        <source>People counted: &lt;b&gt;%1&lt;/b&gt; (%2 against the same hours last week%3).</source>
        <translation>Getelde personen: &lt;b&gt;%1&lt;/b&gt; (%2 t.o.v. dezelfde uren vorige week%3).</translation>
    </message>
    <message>
        <source>, %1 against last year</source>
        <translation>, %1 t.o.v. vorig jaar</translation>
    </message>
    <message>
        <source>; no count a year ago in the cache</source>
        <translation>; geen telling van een jaar geleden in de cache</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Busiest hours: %1.</source>
        <translation>Drukste uren: %1.</translation>
    </message>
    <message>
        <source>Walking towards: %1 %, away: %2 %.</source>
        <translation>Heen: %1 %, terug: %2 %.</translation>
    </message>
    <message>
        <source>Forecast error on the last 7 days (mean absolute error): 1 hour ahead ±%1 people (%2 %), 3 hours ahead ±%3 people (%4 %).</source>
        <translation>Voorspellingsfout over de laatste 7 dagen (gemiddelde absolute fout): 1 uur vooruit ±%1 personen (%2 %), 3 uur vooruit ±%3 personen (%4 %).</translation>
    </message>
    <message>
        <source>The forecast&apos;s error cannot be measured yet: the cache holds less than two weeks of counts.</source>
        <translation>De voorspellingsfout kan nog niet gemeten worden: de cache bevat minder dan twee weken tellingen.</translation>
    </message>
    <message>
        <source>Forecasts are shown for today.</source>
        <translation>Voorspellingen worden voor vandaag getoond.</translation>
    </message>
    <message>
        <source>%1 hour(s) with fewer than %2 people are not shown (privacy).</source>
        <translation>%1 uur/uren met minder dan %2 personen worden niet getoond (privacy).</translation>
    </message>
    <message>
        <source>Export pedestrian flows as CSV</source>
        <translation>Voetgangersstromen als CSV exporteren</translation>
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
        <translation>laag</translation>
    </message>
    <message>
        <source>%1 per cell</source>
        <translation>%1 per cel</translation>
    </message>
    <message>
        <source>high</source>
        <translation>hoog</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Show plug-ins…</source>
        <translation>Plug-ins tonen…</translation>
    </message>
    <message>
        <source>No data source. Dashboards show data once CityDeck is connected to an NGSI-LD broker or to the demo city.</source>
        <translation>Geen gegevensbron. Dashboards tonen gegevens zodra CityDeck verbonden is met een NGSI-LD-broker of met de demostad.</translation>
    </message>
    <message>
        <source>Data source</source>
        <translation>Gegevensbron</translation>
    </message>
    <message>
        <source>Dashboards</source>
        <translation>Dashboards</translation>
    </message>
    <message>
        <source>Tip: F11 switches to kiosk mode for video walls; the Workspace menu changes role.</source>
        <translation>Tip: F11 schakelt naar kioskmodus voor videowanden; het menu Werkruimte wisselt van rol.</translation>
    </message>
    <message>
        <source>%1 workspace</source>
        <translation>Werkruimte %1</translation>
    </message>
    <message>
        <source>No dashboard is installed for this workspace yet. Dashboard plug-ins are loaded from the plug-in folders listed in Help ▸ Plug-ins.</source>
        <translation>Er is nog geen dashboard geïnstalleerd voor deze werkruimte. Dashboard-plug-ins worden geladen uit de plug-inmappen die in Help ▸ Plug-ins staan.</translation>
    </message>
    <message>
        <source>Dashboards available: %1. Double-click one in the navigator to open it; dashboards open as panels that can be tabbed, split or floated onto another screen.</source>
        <translation>Beschikbare dashboards: %1. Dubbelklik op een dashboard in de navigator om het te openen; dashboards openen als panelen die als tabbladen gegroepeerd, naast elkaar gezet of naar een ander scherm gesleept kunnen worden.</translation>
    </message>
    <message>
        <source>Plug-ins that could not be loaded: %1.</source>
        <translation>Plug-ins die niet geladen konden worden: %1.</translation>
    </message>
</context>
<context>
    <name>KpiBoard</name>
    <message>
        <source>No target</source>
        <translation>Geen doel</translation>
    </message>
    <message>
        <source>On target</source>
        <translation>Doel gehaald</translation>
    </message>
    <message>
        <source>Off target</source>
        <translation>Doel niet gehaald</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
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
        <translation>Kernprestatie-indicatoren</translation>
    </message>
    <message>
        <source>No KPIs published yet. Dashboards publish their pilot KPIs here.</source>
        <translation>Nog geen KPI’s gepubliceerd. Dashboards publiceren hier de KPI’s van hun pilots.</translation>
    </message>
    <message>
        <source>%1 of %2 indicators with a target are on target.</source>
        <translation>%1 van de %2 indicatoren met een doel halen hun doel.</translation>
    </message>
</context>
<context>
    <name>LiveFeed</name>
    <message>
        <source>no notification arrived within %1 s of subscribing (is this computer reachable from the broker?)</source>
        <translation>geen notificatie ontvangen binnen %1 s na het abonnement (is deze computer bereikbaar vanaf de broker?)</translation>
    </message>
    <message>
        <source>a live feed needs at least one entity type</source>
        <translation>een live feed heeft minstens één entiteittype nodig</translation>
    </message>
    <message>
        <source>throttling and timeInterval cannot be combined</source>
        <translation>throttling en timeInterval kunnen niet gecombineerd worden</translation>
    </message>
    <message>
        <source>watched attributes and timeInterval cannot be combined</source>
        <translation>bewaakte attributen en timeInterval kunnen niet gecombineerd worden</translation>
    </message>
    <message>
        <source>no notification receiver is listening</source>
        <translation>er luistert geen ontvanger voor notificaties</translation>
    </message>
    <message>
        <source>subscribing to %1</source>
        <translation>abonneren op %1</translation>
    </message>
    <message>
        <source>the broker refused the subscription: %1</source>
        <translation>de broker weigerde het abonnement: %1</translation>
    </message>
    <message>
        <source>subscribed; waiting for the first notification</source>
        <translation>geabonneerd; wachten op de eerste notificatie</translation>
    </message>
    <message>
        <source>live through notifications</source>
        <translation>live via notificaties</translation>
    </message>
    <message>
        <source>polling every %1 s: %2</source>
        <translation>elke %1 s opvragen: %2</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>gestopt</translation>
    </message>
    <message>
        <source>broker unreachable since %1: %2</source>
        <translation>broker onbereikbaar sinds %1: %2</translation>
    </message>
    <message>
        <source>subscription lost since %1 (%2); subscribing again</source>
        <translation>abonnement verloren sinds %1 (%2); opnieuw abonneren</translation>
    </message>
    <message>
        <source>notifications stopped since %1 (%2); polling every %3 s</source>
        <translation>meldingen gestopt sinds %1 (%2); elke %3 s opvragen</translation>
    </message>
    <message>
        <source>the broker answers again; polling every %1 s</source>
        <translation>de broker antwoordt weer; elke %1 s opvragen</translation>
    </message>
    <message>
        <source>the broker answers again; waiting for notifications</source>
        <translation>de broker antwoordt weer; wachten op meldingen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Dashboard not opened</source>
        <translation>Dashboard niet geopend</translation>
    </message>
    <message>
        <source>Dashboards</source>
        <translation>Dashboards</translation>
    </message>
    <message>
        <source>Alarms</source>
        <translation>Alarmen</translation>
    </message>
    <message>
        <source>Key performance indicators</source>
        <translation>Kernprestatie-indicatoren</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Instellingen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Dashboards</source>
        <translation>&amp;Dashboards</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <source>&amp;Kiosk mode</source>
        <translation>&amp;Kioskmodus</translation>
    </message>
    <message>
        <source>&amp;Workspace</source>
        <translation>&amp;Werkruimte</translation>
    </message>
    <message>
        <source>&amp;Reset layout</source>
        <translation>Indeling he&amp;rstellen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Plug-ins…</source>
        <translation>&amp;Plug-ins…</translation>
    </message>
    <message>
        <source>&amp;About CityDeck</source>
        <translation>&amp;Over CityDeck</translation>
    </message>
    <message>
        <source>No pedestrian-flow dashboard is installed.</source>
        <translation>Er is geen dashboard voor voetgangersstromen geïnstalleerd.</translation>
    </message>
    <message>
        <source>No dashboard plug-in is installed. See Help ▸ Plug-ins for the folders CityDeck searches and for plug-ins that failed to load.</source>
        <translation>Er is geen dashboard-plug-in geïnstalleerd. Zie Help ▸ Plug-ins voor de mappen die CityDeck doorzoekt en voor plug-ins die niet geladen konden worden.</translation>
    </message>
    <message>
        <source>No dashboard available</source>
        <translation>Geen dashboard beschikbaar</translation>
    </message>
    <message>
        <source>&amp;Close all dashboards</source>
        <translation>Alle dashboards s&amp;luiten</translation>
    </message>
    <message>
        <source>CityDeck — %1</source>
        <translation>CityDeck — %1</translation>
    </message>
    <message>
        <source>The dashboard &quot;%1&quot; is not available in the %2 workspace.</source>
        <translation>Het dashboard &quot;%1&quot; is niet beschikbaar in de werkruimte %2.</translation>
    </message>
    <message>
        <source>The dashboard &quot;%1&quot; could not be created: %2</source>
        <translation>Het dashboard &quot;%1&quot; kon niet worden aangemaakt: %2</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>The new language is used from the next start of CityDeck.</source>
        <translation>De nieuwe taal wordt gebruikt vanaf de volgende start van CityDeck.</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Gegevens</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>City map</source>
        <translation>Stadskaart</translation>
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
        <translation>de PDF kon niet worden gestart</translation>
    </message>
</context>
<context>
    <name>MapLayerList</name>
    <message>
        <source>Tick to show a layer; the top one is drawn over the others</source>
        <translation>Vink aan om een laag te tonen; de bovenste wordt over de andere getekend</translation>
    </message>
    <message>
        <source>Opacity of the selected layer</source>
        <translation>Dekking van de gekozen laag</translation>
    </message>
    <message>
        <source>Zoom to layer</source>
        <translation>Zoomen naar laag</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation>Dekking</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <source>Zoom in (+)</source>
        <translation>Inzoomen (+)</translation>
    </message>
    <message>
        <source>Zoom out (−)</source>
        <translation>Uitzoomen (−)</translation>
    </message>
    <message>
        <source>Whole city (Home)</source>
        <translation>Hele stad (Home)</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>S</source>
        <translation>Z</translation>
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
        <translation>%1 markeringen — klik om in te zoomen</translation>
    </message>
</context>
<context>
    <name>NotificationReceiver</name>
    <message>
        <source>notifications cannot be received: %1:%2 is taken by another program or not allowed</source>
        <translation>meldingen kunnen niet ontvangen worden: %1:%2 is bezet door een ander programma of niet toegestaan</translation>
    </message>
</context>
<context>
    <name>OccupancyChart</name>
    <message>
        <source>Occupancy (hourly mean)</source>
        <translation>Bezetting (uurgemiddelde)</translation>
    </message>
    <message>
        <source>Mean occupancy</source>
        <translation>Gemiddelde bezetting</translation>
    </message>
    <message>
        <source>Busiest hour</source>
        <translation>Drukste uur</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Voorspelling</translation>
    </message>
    <message>
        <source>Saturation (95 %)</source>
        <translation>Verzadiging (95 %)</translation>
    </message>
</context>
<context>
    <name>OccupancyPanel</name>
    <message>
        <source>Whole city</source>
        <translation>Hele stad</translation>
    </message>
    <message>
        <source>By hour (last 2 days and forecast)</source>
        <translation>Per uur (laatste 2 dagen en voorspelling)</translation>
    </message>
    <message>
        <source>By day (5 weeks)</source>
        <translation>Per dag (5 weken)</translation>
    </message>
    <message>
        <source>By week (5 weeks)</source>
        <translation>Per week (5 weken)</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <source>Weekday peak</source>
        <translation>Piek op weekdagen</translation>
    </message>
    <message>
        <source>Weekend peak</source>
        <translation>Piek in het weekend</translation>
    </message>
    <message>
        <source>Hours ≥ 95 %</source>
        <translation>Uren ≥ 95 %</translation>
    </message>
    <message>
        <source>Mean occupancy</source>
        <translation>Gemiddelde bezetting</translation>
    </message>
    <message>
        <source>Mean stay</source>
        <translation>Gemiddelde parkeerduur</translation>
    </message>
    <message>
        <source>Cars parked ÷ cars entering (Little&apos;s law), where the site counts its entrances</source>
        <translation>Geparkeerde auto&apos;s ÷ binnenrijdende auto&apos;s (wet van Little), waar de locatie haar inritten telt</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exporteren…</translation>
    </message>
    <message>
        <source>Export chart…</source>
        <translation>Grafiek exporteren…</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Tonen:</translation>
    </message>
    <message>
        <source>Peak hours, last 7 days (double-click a site to chart it)</source>
        <translation>Piekuren, laatste 7 dagen (dubbelklik op een locatie voor haar grafiek)</translation>
    </message>
    <message>
        <source>Occupancy — %1</source>
        <translation>Bezetting — %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Forecast:&lt;/b&gt; not enough history yet (it needs the same hours on previous days).</source>
        <translation>&lt;b&gt;Voorspelling:&lt;/b&gt; nog niet genoeg historiek (ze heeft dezelfde uren op vorige dagen nodig).</translation>
    </message>
    <message>
        <source>±%1 points</source>
        <translation>±%1 procentpunten</translation>
    </message>
    <message>
        <source>not measured yet</source>
        <translation>nog niet gemeten</translation>
    </message>
    <message>
        <source>&lt;b&gt;Forecast&lt;/b&gt; (same weekday and hour over past weeks, corrected by the last hours): %1</source>
        <translation>&lt;b&gt;Voorspelling&lt;/b&gt; (zelfde weekdag en uur in vorige weken, gecorrigeerd met de laatste uren): %1</translation>
    </message>
    <message>
        <source>Its mean error over the last 7 days: %1 one hour ahead, %2 three hours ahead.</source>
        <translation>Haar gemiddelde fout over de laatste 7 dagen: %1 één uur vooruit, %2 drie uur vooruit.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Last 7 days:&lt;/b&gt; mean %1, %2 h at saturation</source>
        <translation>&lt;b&gt;Laatste 7 dagen:&lt;/b&gt; gemiddeld %1, %2 u verzadigd</translation>
    </message>
    <message>
        <source>; weekday peak %1 (%2)</source>
        <translation>; piek op weekdagen %1 (%2)</translation>
    </message>
    <message>
        <source>; weekend peak %1 (%2)</source>
        <translation>; piek in het weekend %1 (%2)</translation>
    </message>
    <message>
        <source>; mean stay %1 h</source>
        <translation>; gemiddelde parkeerduur %1 u</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 u</translation>
    </message>
    <message>
        <source>Export parking occupancy as CSV</source>
        <translation>Parkeerbezetting als CSV exporteren</translation>
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
        <translation>geen coördinatenstelsel</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 bestaat niet</translation>
    </message>
    <message>
        <source>%1 is not a vector layer GDAL can read%2</source>
        <translation>%1 is geen vectorlaag die GDAL kan lezen%2</translation>
    </message>
    <message>
        <source>%1 is not a coordinate system PROJ knows (try EPSG:code)</source>
        <translation>%1 is geen coördinatenstelsel dat PROJ kent (probeer EPSG:code)</translation>
    </message>
    <message>
        <source>%1 has %2: its coordinates are not longitude/latitude and the file does not say which system they are in (a Shapefile without its .prj?); choose it, e.g. EPSG:3435</source>
        <translation>%1 heeft %2: de coördinaten zijn geen lengte/breedte en het bestand zegt niet in welk stelsel ze staan (een Shapefile zonder .prj?); kies het, bv. EPSG:3435</translation>
    </message>
    <message>
        <source>%1 has no features with a geometry</source>
        <translation>%1 heeft geen objecten met een geometrie</translation>
    </message>
    <message>
        <source>could not read %1 from memory</source>
        <translation>kon %1 niet uit het geheugen lezen</translation>
    </message>
    <message>
        <source>City layers (*.geojson *.json *.gpkg *.shp *.osm *.pbf *.kml *.gml);;All files (*)</source>
        <translation>Stadslagen (*.geojson *.json *.gpkg *.shp *.osm *.pbf *.kml *.gml);;Alle bestanden (*)</translation>
    </message>
</context>
<context>
    <name>ParkingCounts</name>
    <message>
        <source>a negative count was ignored</source>
        <translation>een negatieve telling werd genegeerd</translation>
    </message>
    <message>
        <source>more spaces available or occupied than the total: ignored</source>
        <translation>meer vrije of bezette plaatsen dan het totaal: genegeerd</translation>
    </message>
    <message>
        <source>occupancy outside 0–100 % was ignored</source>
        <translation>een bezetting buiten 0–100 % werd genegeerd</translation>
    </message>
    <message>
        <source>occupancy sent as a percentage</source>
        <translation>bezetting als percentage verzonden</translation>
    </message>
    <message>
        <source>a count or occupancy is not a number</source>
        <translation>een telling of bezetting is geen getal</translation>
    </message>
    <message>
        <source>counts and occupancy disagree</source>
        <translation>tellingen en bezetting zijn tegenstrijdig</translation>
    </message>
</context>
<context>
    <name>ParkingDashboard</name>
    <message>
        <source>occupancy</source>
        <translation>bezetting</translation>
    </message>
    <message>
        <source>minutes without data</source>
        <translation>minuten zonder gegevens</translation>
    </message>
    <message>
        <source>Export sites CSV…</source>
        <translation>Locaties als CSV exporteren…</translation>
    </message>
    <message>
        <source>Sites (click to select, double-click to zoom in)</source>
        <translation>Locaties (klik om te selecteren, dubbelklik om in te zoomen)</translation>
    </message>
    <message>
        <source>Parking alarms</source>
        <translation>Parkeeralarmen</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Locaties</translation>
    </message>
    <message>
        <source>Occupancy over time</source>
        <translation>Bezetting in de tijd</translation>
    </message>
    <message>
        <source>Occupancy (0–1)</source>
        <translation>Bezetting (0–1)</translation>
    </message>
    <message>
        <source>Minutes without data</source>
        <translation>Minuten zonder gegevens</translation>
    </message>
    <message>
        <source>Thresholds (alarms)</source>
        <translation>Drempels (alarmen)</translation>
    </message>
    <message>
        <source>An alarm is raised once when a site crosses its limit, and again only after it fell 10 % below it. Nothing is raised while reviewing the past.</source>
        <translation>Een alarm gaat één keer af wanneer een locatie haar grens overschrijdt, en pas opnieuw nadat ze 10 % eronder zakte. Bij het terugkijken gaat er niets af.</translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation>Drempels</translation>
    </message>
    <message>
        <source>No parking site in the cache yet (types: %1).</source>
        <translation>Nog geen parkeerlocatie in de cache (types: %1).</translation>
    </message>
    <message>
        <source>%1 sites · %2 spaces free of %3 · %4 at 95 % or more · %5 without recent data · %6 with inconsistent data</source>
        <translation>%1 locaties · %2 plaatsen vrij van %3 · %4 op 95 % of meer · %5 zonder recente gegevens · %6 met tegenstrijdige gegevens</translation>
    </message>
    <message>
        <source>Every site</source>
        <translation>Elke locatie</translation>
    </message>
    <message>
        <source>Export parking sites as CSV</source>
        <translation>Parkeerlocaties als CSV exporteren</translation>
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
        <translation>Parkeren: gemiddelde bezetting (7 dagen)</translation>
    </message>
    <message>
        <source>Parking: site-hours at saturation (≥ 95 %, 7 days)</source>
        <translation>Parkeren: locatie-uren verzadigd (≥ 95 %, 7 dagen)</translation>
    </message>
    <message>
        <source>Parking: sensors without recent data</source>
        <translation>Parkeren: sensoren zonder recente gegevens</translation>
    </message>
</context>
<context>
    <name>ParkingMapPanel</name>
    <message>
        <source>Kerb-side parking</source>
        <translation>Straatparkeren</translation>
    </message>
    <message>
        <source>Parking sites</source>
        <translation>Parkeerlocaties</translation>
    </message>
    <message>
        <source>Parking occupancy</source>
        <translation>Parkeerbezetting</translation>
    </message>
    <message>
        <source>under 70 %</source>
        <translation>onder 70 %</translation>
    </message>
    <message>
        <source>70–90 %</source>
        <translation>70–90 %</translation>
    </message>
    <message>
        <source>90 % and more</source>
        <translation>90 % en meer</translation>
    </message>
    <message>
        <source>closed or no recent data</source>
        <translation>gesloten of geen recente gegevens</translation>
    </message>
    <message>
        <source>Bays</source>
        <translation>Parkeerplaatsen</translation>
    </message>
    <message>
        <source>Bays (zoomed in)</source>
        <translation>Parkeerplaatsen (ingezoomd)</translation>
    </message>
    <message>
        <source>free</source>
        <translation>vrij</translation>
    </message>
    <message>
        <source>occupied</source>
        <translation>bezet</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>gesloten</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <source>Available: %1 of %2</source>
        <translation>Beschikbaar: %1 van %2</translation>
    </message>
    <message>
        <source>Occupancy: %1 %</source>
        <translation>Bezetting: %1 %</translation>
    </message>
    <message>
        <source>District: %1</source>
        <translation>Wijk: %1</translation>
    </message>
    <message>
        <source>Over its threshold</source>
        <translation>Boven haar drempel</translation>
    </message>
</context>
<context>
    <name>ParkingPlugin</name>
    <message>
        <source>Parking</source>
        <translation>Parkeren</translation>
    </message>
</context>
<context>
    <name>ParkingSiteModel</name>
    <message>
        <source>Car park</source>
        <translation>Parkeergarage</translation>
    </message>
    <message>
        <source>On street</source>
        <translation>Op straat</translation>
    </message>
    <message>
        <source>Bay group</source>
        <translation>Groep plaatsen</translation>
    </message>
    <message>
        <source>no recent data</source>
        <translation>geen recente gegevens</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>gesloten</translation>
    </message>
    <message>
        <source>occupancy unknown</source>
        <translation>bezetting onbekend</translation>
    </message>
    <message>
        <source>Change of occupancy over the last 30 minutes, in percentage points</source>
        <translation>Verandering van de bezetting over de laatste 30 minuten, in procentpunten</translation>
    </message>
    <message>
        <source>Last value: %1</source>
        <translation>Laatste waarde: %1</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Wijk</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Beschikbaar</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation>Bezetting</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Gegevens</translation>
    </message>
</context>
<context>
    <name>PluginCatalog</name>
    <message>
        <source>not a Qt plug-in (no metadata found)</source>
        <translation>geen Qt-plug-in (geen metagegevens gevonden)</translation>
    </message>
    <message>
        <source>not a CityDeck dashboard (interface &quot;%1&quot;)</source>
        <translation>geen CityDeck-dashboard (interface &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>invalid metadata: %1</source>
        <translation>ongeldige metagegevens: %1</translation>
    </message>
    <message>
        <source>another plug-in with id &quot;%1&quot; is already loaded from %2</source>
        <translation>een andere plug-in met id &quot;%1&quot; is al geladen uit %2</translation>
    </message>
    <message>
        <source>cannot load the library: %1</source>
        <translation>kan de bibliotheek niet laden: %1</translation>
    </message>
    <message>
        <source>the library does not create a dashboard plug-in</source>
        <translation>de bibliotheek maakt geen dashboard-plug-in aan</translation>
    </message>
    <message>
        <source>exception in initialize(): %1</source>
        <translation>uitzondering in initialize(): %1</translation>
    </message>
    <message>
        <source>unknown exception in initialize()</source>
        <translation>onbekende uitzondering in initialize()</translation>
    </message>
    <message>
        <source>initialize() refused to start</source>
        <translation>initialize() weigerde te starten</translation>
    </message>
    <message>
        <source>no running dashboard plug-in &quot;%1&quot;</source>
        <translation>geen actieve dashboard-plug-in &quot;%1&quot;</translation>
    </message>
    <message>
        <source>exception while creating the dashboard: %1</source>
        <translation>uitzondering bij het aanmaken van het dashboard: %1</translation>
    </message>
    <message>
        <source>unknown exception while creating the dashboard</source>
        <translation>onbekende uitzondering bij het aanmaken van het dashboard</translation>
    </message>
    <message>
        <source>the plug-in created no dashboard</source>
        <translation>de plug-in heeft geen dashboard aangemaakt</translation>
    </message>
</context>
<context>
    <name>PluginSpec</name>
    <message>
        <source>Not loaded</source>
        <translation>Niet geladen</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Ongeldig</translation>
    </message>
    <message>
        <source>Incompatible</source>
        <translation>Incompatibel</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Mislukt</translation>
    </message>
    <message>
        <source>Loaded</source>
        <translation>Geladen</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Gestopt</translation>
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
        <translation>Versie</translation>
    </message>
    <message>
        <source>SDK</source>
        <translation>SDK</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Toestand</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>CityDeck provides dashboard sdk %1. Plug-ins are searched in: %2</source>
        <translation>CityDeck biedt dashboard-SDK %1. Plug-ins worden gezocht in: %2</translation>
    </message>
    <message>
        <source>No plug-in file was found in these folders.</source>
        <translation>In deze mappen is geen plug-inbestand gevonden.</translation>
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
        <translation> u</translation>
    </message>
    <message>
        <source> mm/h</source>
        <translation> mm/u</translation>
    </message>
    <message>
        <source>Every field</source>
        <translation>Elk veld</translation>
    </message>
    <message>
        <source>Applies to:</source>
        <translation>Geldt voor:</translation>
    </message>
    <message>
        <source>Water below (dry threshold):</source>
        <translation>Beregenen onder (droogtedrempel):</translation>
    </message>
    <message>
        <source>Critical (alarm after a day below):</source>
        <translation>Kritiek (alarm na een dag eronder):</translation>
    </message>
    <message>
        <source>Target moisture after watering:</source>
        <translation>Streefwaarde bodemvocht na beregening:</translation>
    </message>
    <message>
        <source>Rainy hour from a chance of:</source>
        <translation>Regenuur vanaf een kans van:</translation>
    </message>
    <message>
        <source>Skip when rainy hours bring at least:</source>
        <translation>Niet beregenen als de regenuren minstens brengen:</translation>
    </message>
    <message>
        <source>Forecast horizon:</source>
        <translation>Voorspellingshorizon:</translation>
    </message>
    <message>
        <source>Watering windows (first = usual):</source>
        <translation>Beregeningsvensters (eerste = gebruikelijk):</translation>
    </message>
    <message>
        <source>No watering ending less than this before mowing:</source>
        <translation>Minimale tijd tussen einde beregening en maaien:</translation>
    </message>
    <message>
        <source>Sprinkler application rate:</source>
        <translation>Beregeningsintensiteit van de sproeiers:</translation>
    </message>
    <message>
        <source>Root depth watered:</source>
        <translation>Bevochtigde worteldiepte:</translation>
    </message>
    <message>
        <source>Fixed schedule (analogue): depth every day:</source>
        <translation>Vast schema (analoog): gift per dag:</translation>
    </message>
    <message>
        <source>Windows must read like &quot;05:00-07:00, 21:00-23:00&quot;, in order and not overlapping.</source>
        <translation>Vensters moeten eruitzien als &quot;05:00-07:00, 21:00-23:00&quot;, op volgorde en zonder overlap.</translation>
    </message>
    <message>
        <source>The critical level must not exceed the dry threshold, and the dry threshold must be below the target.</source>
        <translation>Het kritieke niveau mag de droogtedrempel niet overschrijden, en de droogtedrempel moet onder de streefwaarde liggen.</translation>
    </message>
</context>
<context>
    <name>SavingsPanel</name>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Maand</translation>
    </message>
    <message>
        <source>Season</source>
        <translation>Seizoen</translation>
    </message>
    <message>
        <source>All fields</source>
        <translation>Alle velden</translation>
    </message>
    <message>
        <source> €/m³</source>
        <translation> €/m³</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dagen</translation>
    </message>
    <message>
        <source>Smart rule (m³)</source>
        <translation>Slimme regel (m³)</translation>
    </message>
    <message>
        <source>Fixed schedule (m³)</source>
        <translation>Vast schema (m³)</translation>
    </message>
    <message>
        <source>Saved (m³)</source>
        <translation>Bespaard (m³)</translation>
    </message>
    <message>
        <source>Saved (%)</source>
        <translation>Bespaard (%)</translation>
    </message>
    <message>
        <source>Saved (€)</source>
        <translation>Bespaard (€)</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exporteren…</translation>
    </message>
    <message>
        <source>Export chart…</source>
        <translation>Grafiek exporteren…</translation>
    </message>
    <message>
        <source>Per:</source>
        <translation>Per:</translation>
    </message>
    <message>
        <source>Fields:</source>
        <translation>Velden:</translation>
    </message>
    <message>
        <source>Water price:</source>
        <translation>Waterprijs:</translation>
    </message>
    <message>
        <source>Export water savings as CSV</source>
        <translation>Waterbesparing als CSV exporteren</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>%1 (computed, no meter)</source>
        <translation>%1 (berekend, geen meter)</translation>
    </message>
    <message>
        <source>No watering data in the cache yet.</source>
        <translation>Nog geen beregeningsgegevens in de cache.</translation>
    </message>
    <message>
        <source>%1, %2 days: the smart rule used %3 m³ where the fixed schedule would have used %4 m³ — %5 m³ saved (%6 %), %7 at %8 €/m³. Metered where a field has a meter, else computed from the replayed decisions.</source>
        <translation>%1, %2 dagen: de slimme regel verbruikte %3 m³ waar het vaste schema %4 m³ zou hebben verbruikt — %5 m³ bespaard (%6 %), %7 bij %8 €/m³. Gemeten waar een veld een watermeter heeft, anders berekend uit de opnieuw doorgerekende beslissingen.</translation>
    </message>
    <message>
        <source>Water used: smart rule against the fixed schedule — %1</source>
        <translation>Waterverbruik: slimme regel tegenover het vaste schema — %1</translation>
    </message>
    <message>
        <source>Smart rule</source>
        <translation>Slimme regel</translation>
    </message>
    <message>
        <source>Fixed schedule (analogue)</source>
        <translation>Vast schema (analoog)</translation>
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
        <translation>ongeldige SDK-versie &quot;%1&quot;</translation>
    </message>
    <message>
        <source>built for sdk %1, this CityDeck provides sdk %2</source>
        <translation>gebouwd voor SDK %1, deze CityDeck biedt SDK %2</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>no secret is stored for %1</source>
        <translation>er is geen geheim opgeslagen voor %1</translation>
    </message>
    <message>
        <source>the keychain refused access (is it locked?)</source>
        <translation>de sleutelhanger weigerde de toegang (is hij vergrendeld?)</translation>
    </message>
    <message>
        <source>no usable OS keychain (on Linux, a Secret Service such as GNOME Keyring or KWallet must run and be unlocked)</source>
        <translation>geen bruikbare sleutelhanger van het systeem (op Linux moet een Secret Service zoals GNOME Keyring of KWallet draaien en ontgrendeld zijn)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systeemtaal</translation>
    </message>
    <message>
        <source>Metric (m, km, °C, L)</source>
        <translation>Metrisch (m, km, °C, L)</translation>
    </message>
    <message>
        <source>Imperial (ft, mi, °F, gal)</source>
        <translation>Imperiaal (ft, mi, °F, gal)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>T&amp;hema:</translation>
    </message>
    <message>
        <source>&amp;Units:</source>
        <translation>&amp;Eenheden:</translation>
    </message>
    <message>
        <source>The new language is used from the next start of CityDeck.</source>
        <translation>De nieuwe taal wordt gebruikt vanaf de volgende start van CityDeck.</translation>
    </message>
    <message>
        <source>Dates and numbers follow the language.</source>
        <translation>Datums en getallen volgen de taal.</translation>
    </message>
</context>
<context>
    <name>ShellStatusBar</name>
    <message>
        <source>Connection state</source>
        <translation>Verbindingsstatus</translation>
    </message>
    <message>
        <source>Data time</source>
        <translation>Tijdstip van de gegevens</translation>
    </message>
    <message>
        <source>Live or review mode</source>
        <translation>Live- of terugkijkmodus</translation>
    </message>
    <message>
        <source>No data source</source>
        <translation>Geen gegevensbron</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinden…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbonden</translation>
    </message>
    <message>
        <source>Offline — showing cached data</source>
        <translation>Offline — gegevens uit de cache</translation>
    </message>
    <message>
        <source>Connection error</source>
        <translation>Verbindingsfout</translation>
    </message>
    <message>
        <source>As of: no data yet</source>
        <translation>Stand: nog geen gegevens</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>Stand %1</translation>
    </message>
    <message>
        <source>REVIEW</source>
        <translation>TERUGKIJKEN</translation>
    </message>
    <message>
        <source>LIVE — no source</source>
        <translation>LIVE — geen bron</translation>
    </message>
    <message>
        <source>LIVE</source>
        <translation>LIVE</translation>
    </message>
    <message>
        <source>Dashboards show live data</source>
        <translation>Dashboards tonen live gegevens</translation>
    </message>
    <message>
        <source>Dashboards show the past instant chosen on the time cursor</source>
        <translation>Dashboards tonen het gekozen moment uit het verleden op de tijdcursor</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Stop loading; what is already cached stays</source>
        <translation>Laden stoppen; wat al in de cache staat, blijft</translation>
    </message>
    <message>
        <source>Not live</source>
        <translation>Niet live</translation>
    </message>
    <message>
        <source>NOT LIVE</source>
        <translation>NIET LIVE</translation>
    </message>
    <message>
        <source>Dashboards show the last data received: the feed is not live</source>
        <translation>De dashboards tonen de laatst ontvangen gegevens: de stroom is niet live</translation>
    </message>
</context>
<context>
    <name>SourceMappingEditor</name>
    <message>
        <source>Stop using</source>
        <translation>Niet meer gebruiken</translation>
    </message>
    <message>
        <source>people counted in each period (summed per hour)</source>
        <translation>personen geteld per periode (opgeteld per uur)</translation>
    </message>
    <message>
        <source>people present (averaged per hour)</source>
        <translation>aanwezige personen (gemiddeld per uur)</translation>
    </message>
    <message>
        <source>Use this type</source>
        <translation>Dit type gebruiken</translation>
    </message>
    <message>
        <source>Entity type:</source>
        <translation>Entiteittype:</translation>
    </message>
    <message>
        <source>Count attribute:</source>
        <translation>Telattribuut:</translation>
    </message>
    <message>
        <source>Occupancy attribute:</source>
        <translation>Bezettingsattribuut:</translation>
    </message>
    <message>
        <source>The count is:</source>
        <translation>De telling is:</translation>
    </message>
    <message>
        <source>%1: count %2</source>
        <translation>%1: telling %2</translation>
    </message>
    <message>
        <source>%1: count %2, occupancy %3</source>
        <translation>%1: telling %2, bezetting %3</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <source>At least one type stays: add another before removing this one</source>
        <translation>Er blijft minstens één type: voeg eerst een ander toe voordat u dit verwijdert</translation>
    </message>
</context>
<context>
    <name>StandardDashboardPlugin</name>
    <message>
        <source>no dashboard context</source>
        <translation>geen dashboardcontext</translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message numerus="yes">
        <source>Loading the current state of %n type(s)…</source>
        <translation>
            <numerusform>Huidige toestand van %n type laden…</numerusform>
            <numerusform>Huidige toestand van %n types laden…</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Gestopt</translation>
    </message>
    <message>
        <source>could not write to the cache: %1</source>
        <translation>kon niet naar de cache schrijven: %1</translation>
    </message>
    <message numerus="yes">
        <source>Fetching the last %n hour(s) of history…</source>
        <translation>
            <numerusform>Het laatste uur geschiedenis ophalen…</numerusform>
            <numerusform>De laatste %n uur geschiedenis ophalen…</numerusform>
        </translation>
    </message>
    <message>
        <source>Current state: %1</source>
        <translation>Huidige toestand: %1</translation>
    </message>
    <message>
        <source>Loading %1 failed: %2</source>
        <translation>Laden van %1 mislukt: %2</translation>
    </message>
    <message>
        <source>Cache filled</source>
        <translation>Cache gevuld</translation>
    </message>
    <message>
        <source>History: %1</source>
        <translation>Geschiedenis: %1</translation>
    </message>
    <message>
        <source>no history for %1: %2</source>
        <translation>geen geschiedenis voor %1: %2</translation>
    </message>
    <message>
        <source>Back-filling the values missed since %1…</source>
        <translation>Gemiste waarden sinds %1 aanvullen…</translation>
    </message>
    <message>
        <source>Back-filling: %1</source>
        <translation>Aanvullen: %1</translation>
    </message>
    <message>
        <source>no history for %1: values observed between %2 and %3 are missing</source>
        <translation>geen historiek voor %1: de waarden tussen %2 en %3 ontbreken</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <source>Light</source>
        <translation>Licht</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Donker</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Hoog contrast</translation>
    </message>
</context>
<context>
    <name>ThresholdEditor</name>
    <message>
        <source>Watches</source>
        <translation>Bewaakt</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Meting</translation>
    </message>
    <message>
        <source>Alarm at or above</source>
        <translation>Alarm vanaf</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Ernst</translation>
    </message>
    <message>
        <source>Add threshold</source>
        <translation>Drempel toevoegen</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Selectie verwijderen</translation>
    </message>
    <message>
        <source>Every district</source>
        <translation>Elke wijk</translation>
    </message>
</context>
<context>
    <name>ThresholdMonitor</name>
    <message>
        <source>%1: %2 (limit %3)</source>
        <translation>%1: %2 (grens %3)</translation>
    </message>
    <message>
        <source>%1 over its limit</source>
        <translation>%1 boven de grens</translation>
    </message>
    <message>
        <source>District %1</source>
        <translation>Wijk %1</translation>
    </message>
</context>
<context>
    <name>TileCache</name>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 bestaat niet</translation>
    </message>
    <message>
        <source>%1 is not an MBTiles file (%2)</source>
        <translation>%1 is geen MBTiles-bestand (%2)</translation>
    </message>
    <message>
        <source>%1 is not an MBTiles file: it has no tiles table</source>
        <translation>%1 is geen MBTiles-bestand: het heeft geen tiles-tabel</translation>
    </message>
    <message>
        <source>%1 has no metadata table: its name, bounds and zoom levels are unknown; its tiles are used</source>
        <translation>%1 heeft geen metadata-tabel: naam, grenzen en zoomniveaus zijn onbekend; de tegels worden gebruikt</translation>
    </message>
    <message>
        <source>%1 holds vector tiles (pbf); CityDeck draws raster tiles (png, jpg, webp)</source>
        <translation>%1 bevat vectortegels (pbf); CityDeck tekent rastertegels (png, jpg, webp)</translation>
    </message>
    <message>
        <source>the tile cache is read only</source>
        <translation>de tegelcache is alleen-lezen</translation>
    </message>
</context>
<context>
    <name>TileDownloader</name>
    <message>
        <source>HTTP %1 for %2</source>
        <translation>HTTP %1 voor %2</translation>
    </message>
</context>
<context>
    <name>TileLayer</name>
    <message>
        <source>© OpenStreetMap contributors</source>
        <translation>© OpenStreetMap-bijdragers</translation>
    </message>
    <message>
        <source>tile %1/%2/%3 of %4 is damaged and left blank</source>
        <translation>tegel %1/%2/%3 van %4 is beschadigd en blijft leeg</translation>
    </message>
</context>
<context>
    <name>TimeBar</name>
    <message>
        <source>Back to live</source>
        <translation>Terug naar live</translation>
    </message>
    <message>
        <source>Show live data again (Ctrl+End)</source>
        <translation>Weer live gegevens tonen (Ctrl+End)</translation>
    </message>
    <message>
        <source>Play the window from the time shown</source>
        <translation>Het venster afspelen vanaf het getoonde tijdstip</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>Afspeelsnelheid</translation>
    </message>
    <message>
        <source>Review the city at this date and time</source>
        <translation>De stad op deze datum en tijd terugzien</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 uur</translation>
    </message>
    <message>
        <source>6 hours</source>
        <translation>6 uur</translation>
    </message>
    <message>
        <source>24 hours</source>
        <translation>24 uur</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 dagen</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 dagen</translation>
    </message>
    <message>
        <source>Window reviewed and exported</source>
        <translation>Venster voor terugblik en export</translation>
    </message>
    <message>
        <source>Window:</source>
        <translation>Venster:</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pauze</translation>
    </message>
    <message>
        <source>Step back %1 min</source>
        <translation>%1 min terug</translation>
    </message>
    <message>
        <source>Step forward %1 min</source>
        <translation>%1 min vooruit</translation>
    </message>
    <message>
        <source>Time shown, within the window (the cache is empty)</source>
        <translation>Getoond tijdstip, binnen het venster (de cache is leeg)</translation>
    </message>
    <message>
        <source>Time shown, within the window (the cache holds %1 to %2)</source>
        <translation>Getoond tijdstip, binnen het venster (de cache bevat %1 tot %2)</translation>
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
        <translation>nee</translation>
    </message>
</context>
<context>
    <name>WaterSavings</name>
    <message>
        <source>Week %1, %2</source>
        <translation>Week %1, %2</translation>
    </message>
    <message>
        <source>Winter %1–%2</source>
        <translation>Winter %1–%2</translation>
    </message>
    <message>
        <source>Spring %1</source>
        <translation>Voorjaar %1</translation>
    </message>
    <message>
        <source>Summer %1</source>
        <translation>Zomer %1</translation>
    </message>
    <message>
        <source>Autumn %1</source>
        <translation>Najaar %1</translation>
    </message>
</context>
<context>
    <name>WateringAlarms</name>
    <message>
        <source>Soil sensor silent: %1</source>
        <translation>Bodemsensor stil: %1</translation>
    </message>
    <message>
        <source>No soil moisture reading from %1.</source>
        <translation>Geen bodemvochtmeting ontvangen van %1.</translation>
    </message>
    <message>
        <source>No soil moisture reading since %1: the rule cannot decide for this field.</source>
        <translation>Geen bodemvochtmeting sinds %1: de regel kan voor dit veld niet beslissen.</translation>
    </message>
    <message>
        <source>Field too dry for over a day: %1</source>
        <translation>Veld al meer dan een dag te droog: %1</translation>
    </message>
    <message>
        <source>Soil moisture below %1 m³/m³ since %2 (now %3): the turf is at risk.</source>
        <translation>Bodemvocht onder %1 m³/m³ sinds %2 (nu %3): de grasmat loopt gevaar.</translation>
    </message>
    <message>
        <source>Watering recorded while it rains: %1</source>
        <translation>Beregening geregistreerd tijdens regen: %1</translation>
    </message>
    <message>
        <source>%1 m³ metered between %2 and %3 while the station measured %4 mm of rain in an hour.</source>
        <translation>%1 m³ gemeten tussen %2 en %3 terwijl het weerstation %4 mm regen in een uur mat.</translation>
    </message>
    <message>
        <source>No weather forecast received</source>
        <translation>Geen weersverwachting ontvangen</translation>
    </message>
    <message>
        <source>No hourly weather forecast in the cache: the watering rule decides on the soil alone.</source>
        <translation>Geen weersverwachting per uur in de cache: de beregeningsregel beslist alleen op basis van de bodem.</translation>
    </message>
    <message>
        <source>The last hourly forecast was issued %1: the watering rule decides on the soil alone.</source>
        <translation>De laatste weersverwachting per uur is uitgegeven op %1: de beregeningsregel beslist alleen op basis van de bodem.</translation>
    </message>
</context>
<context>
    <name>WateringDashboard</name>
    <message>
        <source>Today&apos;s plan (click a field to select it, double-click to zoom in)</source>
        <translation>Planning van vandaag (klik op een veld om het te selecteren, dubbelklik om in te zoomen)</translation>
    </message>
    <message>
        <source>Watering alarms</source>
        <translation>Beregeningsalarmen</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Velden</translation>
    </message>
    <message>
        <source>Field over time</source>
        <translation>Veld in de tijd</translation>
    </message>
    <message>
        <source>Water saved</source>
        <translation>Bespaard water</translation>
    </message>
    <message>
        <source>What-if</source>
        <translation>Wat-als</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Toepassen</translation>
    </message>
    <message>
        <source>Back to the pilot&apos;s defaults</source>
        <translation>Terug naar de standaardwaarden van de pilot</translation>
    </message>
    <message>
        <source>The day&apos;s decision is taken at the start of the first window, from what is known then: skip when the soil is moist enough or when rain is expected later that day (even if the soil is dry), otherwise water back to the target at the first window free of reservations and far enough before a mowing. See docs/WATERING.md.</source>
        <translation>De beslissing van de dag valt bij het begin van het eerste venster, op basis van wat dan bekend is: niet beregenen als de bodem vochtig genoeg is of als later die dag regen wordt verwacht (ook als de bodem droog is), anders beregenen tot de streefwaarde in het eerste venster zonder reserveringen en ruim genoeg vóór een maaibeurt. Zie docs/WATERING.md.</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>The what-if parameters are now in force.</source>
        <translation>De wat-als-parameters zijn nu van kracht.</translation>
    </message>
    <message>
        <source>Applied to every field.</source>
        <translation>Toegepast op elk veld.</translation>
    </message>
    <message>
        <source>Applied to this field only.</source>
        <translation>Alleen op dit veld toegepast.</translation>
    </message>
    <message>
        <source>The pilot&apos;s default parameters are in force.</source>
        <translation>De standaardparameters van de pilot zijn van kracht.</translation>
    </message>
    <message>
        <source>No sports field in the cache yet (types: %1).</source>
        <translation>Nog geen sportveld in de cache (types: %1).</translation>
    </message>
    <message>
        <source> · no weather forecast: decided on the soil alone</source>
        <translation> · geen weersverwachting: alleen op basis van de bodem beslist</translation>
    </message>
    <message>
        <source>Fields: %1 · today: %2 to water, %3 shifted, %4 skipped, %5 without data · %6 m³ planned%7</source>
        <translation>Velden: %1 · vandaag: %2 te beregenen, %3 verschoven, %4 zonder beregening, %5 zonder gegevens · %6 m³ gepland%7</translation>
    </message>
</context>
<context>
    <name>WateringMonitor</name>
    <message>
        <source>Watering: water used (7 days)</source>
        <translation>Beregening: waterverbruik (7 dagen)</translation>
    </message>
    <message>
        <source>Watering: water saved against the fixed schedule (7 days)</source>
        <translation>Beregening: bespaard water t.o.v. het vaste schema (7 dagen)</translation>
    </message>
    <message>
        <source>Watering: saving against the fixed schedule</source>
        <translation>Beregening: besparing t.o.v. het vaste schema</translation>
    </message>
</context>
<context>
    <name>WateringPlugin</name>
    <message>
        <source>Watering</source>
        <translation>Beregening</translation>
    </message>
</context>
<context>
    <name>WhatIfPanel</name>
    <message>
        <source>Re-run with these parameters</source>
        <translation>Opnieuw doorrekenen met deze parameters</translation>
    </message>
    <message>
        <source>Put these parameters in force</source>
        <translation>Deze parameters in werking stellen</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagen</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <source>What-if (m³)</source>
        <translation>Wat-als (m³)</translation>
    </message>
    <message>
        <source>Difference (m³)</source>
        <translation>Verschil (m³)</translation>
    </message>
    <message>
        <source>Try other parameters on the city&apos;s own history before changing the rule: each past day is decided again from what the cache held at its decision time. The soil is taken to dry and take rain as it did, raised or lowered by the water the other rule gives more or less.</source>
        <translation>Probeer andere parameters uit op de eigen geschiedenis van de stad voordat u de regel wijzigt: elke afgelopen dag wordt opnieuw beslist op basis van wat de cache op het beslismoment bevatte. De bodem droogt uit en ontvangt regen zoals in werkelijkheid, verhoogd of verlaagd met het water dat de andere regel meer of minder geeft.</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Laatste</translation>
    </message>
    <message>
        <source>%1 to %2: the rule in force used %3 m³; these parameters would have used %4 m³ (%5 m³, %6 %). Days below the critical level, summed over the fields: %7 in force, %8 with these parameters.</source>
        <translation>%1 tot %2: de geldende regel verbruikte %3 m³; deze parameters zouden %4 m³ hebben verbruikt (%5 m³, %6 %). Dagen onder het kritieke niveau, opgeteld over de velden: %7 met de geldende regel, %8 met deze parameters.</translation>
    </message>
    <message>
        <source>In force (m³)</source>
        <translation>Geldend (m³)</translation>
    </message>
    <message>
        <source>Waterings</source>
        <translation>Beregeningen</translation>
    </message>
    <message>
        <source>Dry days, in force</source>
        <translation>Droge dagen, geldend</translation>
    </message>
    <message>
        <source>Dry days, what-if</source>
        <translation>Droge dagen, wat-als</translation>
    </message>
    <message>
        <source>Waterings with the rule in force / with these parameters</source>
        <translation>Beregeningen met de geldende regel / met deze parameters</translation>
    </message>
    <message>
        <source>Days with a reading below the critical level</source>
        <translation>Dagen met een meting onder het kritieke niveau</translation>
    </message>
</context>
<context>
    <name>WidgetExport</name>
    <message>
        <source>choose a .png or .pdf file name</source>
        <translation>kies een bestandsnaam op .png of .pdf</translation>
    </message>
    <message>
        <source>PNG image (*.png);;PDF document (*.pdf)</source>
        <translation>PNG-afbeelding (*.png);;PDF-document (*.pdf)</translation>
    </message>
    <message>
        <source>Written to %1</source>
        <translation>Geschreven naar %1</translation>
    </message>
    <message>
        <source>Not written: %1</source>
        <translation>Niet geschreven: %1</translation>
    </message>
    <message>
        <source>Export the chart</source>
        <translation>De grafiek exporteren</translation>
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
        <translation>Gemeenteambtenaar</translation>
    </message>
    <message>
        <source>Tourism office</source>
        <translation>Toerismebureau</translation>
    </message>
    <message>
        <source>Live dashboards and the alarm area, for the control room.</source>
        <translation>Live dashboards en het alarmgebied, voor de controlekamer.</translation>
    </message>
    <message>
        <source>Pilot KPIs and review of past periods, for council reporting.</source>
        <translation>KPI’s van de pilots en terugblik op eerdere periodes, voor rapportage aan de gemeenteraad.</translation>
    </message>
    <message>
        <source>Pedestrian-flow dashboards only, for the tourism office.</source>
        <translation>Alleen dashboards voor voetgangersstromen, voor het toerismebureau.</translation>
    </message>
</context>
<context>
    <name>WorkspaceChooser</name>
    <message>
        <source>Welcome to CityDeck</source>
        <translation>Welkom bij CityDeck</translation>
    </message>
    <message>
        <source>Choose the workspace that fits your role. You can change it at any time from the Workspace menu.</source>
        <translation>Kies de werkruimte die bij uw rol past. U kunt deze altijd wijzigen via het menu Werkruimte.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The demo city could not start: %1</source>
        <translation>De demostad kon niet starten: %1</translation>
    </message>
    <message>
        <source>%1
%2 entities received; newest observation %3.</source>
        <translation>%1
%2 entiteiten ontvangen; nieuwste waarneming %3.</translation>
    </message>
</context>
</TS>
