<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>BuildDialog</name>
    <message>
        <source>Build from Package</source>
        <translation>Aus Paket erstellen</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>&amp;Quelle</translation>
    </message>
    <message>
        <source>&amp;File or folder:</source>
        <translation>&amp;Datei oder Ordner:</translation>
    </message>
    <message>
        <source>Source path</source>
        <translation>Pfad der Quelle</translation>
    </message>
    <message>
        <source>A shell package zip, a driver zip or folder, or a requirements.txt</source>
        <translation>Shell-Paket, Treiber-Zip oder -Ordner oder requirements.txt</translation>
    </message>
    <message>
        <source>Choose F&amp;ile…</source>
        <translation>D&amp;atei wählen…</translation>
    </message>
    <message>
        <source>Choose a source file</source>
        <translation>Eine Quelldatei wählen</translation>
    </message>
    <message>
        <source>Choose Fol&amp;der…</source>
        <translation>&amp;Ordner wählen…</translation>
    </message>
    <message>
        <source>Choose a driver folder</source>
        <translation>Einen Treiberordner wählen</translation>
    </message>
    <message>
        <source>What was read</source>
        <translation>Was gelesen wurde</translation>
    </message>
    <message>
        <source>Values read from the source</source>
        <translation>Aus der Quelle gelesene Werte</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Value (and where it was read)</source>
        <translation>Wert (und wo er gelesen wurde)</translation>
    </message>
    <message>
        <source>&amp;Owner of the requirements file</source>
        <translation>Eigen&amp;tümer der Requirements-Datei</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Owner name</source>
        <translation>Name des Eigentümers</translation>
    </message>
    <message>
        <source>The script or driver these requirements belong to</source>
        <translation>Das Skript oder der Treiber, zu dem diese Anforderungen gehören</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Version:</translation>
    </message>
    <message>
        <source>Owner version</source>
        <translation>Eigentümerversion</translation>
    </message>
    <message>
        <source>e.g. 1.0</source>
        <translation>z. B. 1.0</translation>
    </message>
    <message>
        <source>&amp;Packages from</source>
        <translation>&amp;Paketquelle</translation>
    </message>
    <message>
        <source>O&amp;nline index</source>
        <translation>Online-&amp;Index</translation>
    </message>
    <message>
        <source>Install from a package index</source>
        <translation>Aus einem Paketindex installieren</translation>
    </message>
    <message>
        <source>Index &amp;URL:</source>
        <translation>Index-&amp;URL:</translation>
    </message>
    <message>
        <source>Index URL</source>
        <translation>Index-URL</translation>
    </message>
    <message>
        <source>pip&apos;s --index-url, e.g. http://quali-server:8036</source>
        <translation>--index-url von pip, z. B. http://quali-server:8036</translation>
    </message>
    <message>
        <source>&amp;Trusted host:</source>
        <translation>Vertrauenswürdiger &amp;Host:</translation>
    </message>
    <message>
        <source>Trusted host</source>
        <translation>Vertrauenswürdiger Host</translation>
    </message>
    <message>
        <source>pip&apos;s --trusted-host</source>
        <translation>--trusted-host von pip</translation>
    </message>
    <message>
        <source>E&amp;xtra index:</source>
        <translation>Zusätzlicher Inde&amp;x:</translation>
    </message>
    <message>
        <source>Extra index URL</source>
        <translation>URL des zusätzlichen Index</translation>
    </message>
    <message>
        <source>pip&apos;s --extra-index-url</source>
        <translation>--extra-index-url von pip</translation>
    </message>
    <message>
        <source>O&amp;ffline folder of wheels and sdists</source>
        <translation>O&amp;ffline-Ordner mit Wheels und Sdists</translation>
    </message>
    <message>
        <source>Install offline from a folder</source>
        <translation>Offline aus einem Ordner installieren</translation>
    </message>
    <message>
        <source>&amp;Wheel folder:</source>
        <translation>&amp;Wheel-Ordner:</translation>
    </message>
    <message>
        <source>Offline wheel folder</source>
        <translation>Offline-Wheel-Ordner</translation>
    </message>
    <message>
        <source>pip download output, or the package server&apos;s repository folder</source>
        <translation>Ausgabe von pip download oder der Repository-Ordner des Paketservers</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <source>Choose the offline wheel folder</source>
        <translation>Den Offline-Wheel-Ordner wählen</translation>
    </message>
    <message>
        <source>&amp;Build</source>
        <translation>&amp;Erstellen</translation>
    </message>
    <message>
        <source>&amp;Python:</source>
        <translation>P&amp;ython:</translation>
    </message>
    <message>
        <source>Python interpreter</source>
        <translation>Python-Interpreter</translation>
    </message>
    <message>
        <source>About the chosen Python</source>
        <translation>Zum gewählten Python</translation>
    </message>
    <message>
        <source>Target &amp;name:</source>
        <translation>&amp;Zielname:</translation>
    </message>
    <message>
        <source>Target folder name</source>
        <translation>Name des Zielordners</translation>
    </message>
    <message>
        <source>The venv&apos;s folder name in the root</source>
        <translation>Der Ordnername des venv im Stammordner</translation>
    </message>
    <message>
        <source>&amp;Rebuild even if it exists</source>
        <translation>Neu e&amp;rstellen, auch wenn vorhanden</translation>
    </message>
    <message>
        <source>Rebuild even if it exists</source>
        <translation>Neu erstellen, auch wenn vorhanden</translation>
    </message>
    <message>
        <source>Build afresh and swap it in; the old environment is kept aside</source>
        <translation>Von Grund auf neu erstellen und austauschen; die alte Umgebung wird beiseitegelegt</translation>
    </message>
    <message>
        <source>Build stage</source>
        <translation>Erstellungsschritt</translation>
    </message>
    <message>
        <source>Build progress</source>
        <translation>Fortschritt der Erstellung</translation>
    </message>
    <message>
        <source>pip&apos;s output</source>
        <translation>Ausgabe von pip</translation>
    </message>
    <message>
        <source>Build result</source>
        <translation>Ergebnis der Erstellung</translation>
    </message>
    <message>
        <source>Why the build cannot start</source>
        <translation>Warum die Erstellung nicht starten kann</translation>
    </message>
    <message>
        <source>Build</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>&amp;Cancel Build</source>
        <translation>Erstellung a&amp;bbrechen</translation>
    </message>
    <message>
        <source>Cancel the build</source>
        <translation>Die Erstellung abbrechen</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>CleanupDialog</name>
    <message>
        <source>Cleanup</source>
        <translation>Aufräumen</translation>
    </message>
    <message>
        <source>Policy: propose for removal what is</source>
        <translation>Richtlinie: zum Entfernen vorschlagen, was</translation>
    </message>
    <message>
        <source>&amp;Superseded</source>
        <translation>&amp;Abgelöst</translation>
    </message>
    <message>
        <source>Another environment of the same owner has a higher version</source>
        <translation>Eine andere Umgebung desselben Eigentümers hat eine höhere Version</translation>
    </message>
    <message>
        <source>Another &amp;Python</source>
        <translation>Anderes &amp;Python</translation>
    </message>
    <message>
        <source>The owner&apos;s newest environment uses another Python major.minor</source>
        <translation>Die neueste Umgebung des Eigentümers verwendet ein anderes Python major.minor</translation>
    </message>
    <message>
        <source>&amp;Broken</source>
        <translation>&amp;Defekt</translation>
    </message>
    <message>
        <source>The scanner reports it broken</source>
        <translation>Das Einlesen meldet sie als defekt</translation>
    </message>
    <message>
        <source>&amp;Unused for</source>
        <translation>&amp;Ungenutzt seit</translation>
    </message>
    <message>
        <source>Not used for this many days (the last-used signal is named in the reasons)</source>
        <translation>Seit so vielen Tagen nicht verwendet (das Signal für „zuletzt verwendet“ wird in den Gründen genannt)</translation>
    </message>
    <message>
        <source>Unused for days</source>
        <translation>Tage ungenutzt</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tagen</translation>
    </message>
    <message>
        <source>&amp;Keep the newest</source>
        <translation>Die &amp;neuesten behalten</translation>
    </message>
    <message>
        <source>Keep the newest per owner</source>
        <translation>Die neuesten je Eigentümer behalten</translation>
    </message>
    <message>
        <source>of each owner (unless broken); pinned environments are always kept</source>
        <translation>jedes Eigentümers (außer defekte); angeheftete Umgebungen werden immer behalten</translation>
    </message>
    <message>
        <source>Save as &amp;Default</source>
        <translation>Als Standard spei&amp;chern</translation>
    </message>
    <message>
        <source>Use this policy in the window and for venvdeck-cli prune (the daily prune timer)</source>
        <translation>Diese Richtlinie im Fenster und für venvdeck-cli prune (den täglichen prune-Timer) verwenden</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>What the policy selects and what it keeps</source>
        <translation>Was die Richtlinie auswählt und was sie behält</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>What the dialog is doing</source>
        <translation>Was der Dialog gerade tut</translation>
    </message>
    <message>
        <source>&amp;Flag for Removal at Next Restart</source>
        <translation>Zum Entfernen beim nächsten Neustart &amp;vormerken</translation>
    </message>
    <message>
        <source>Flag what the policy selects: removed when the server restarts, before anything can use it</source>
        <translation>Vormerken, was die Richtlinie auswählt: wird beim Neustart des Servers entfernt, bevor etwas es verwenden kann</translation>
    </message>
    <message>
        <source>&amp;Remove Now…</source>
        <translation>&amp;Jetzt entfernen…</translation>
    </message>
    <message>
        <source>Remove now what the policy selects and no process uses, after a confirmation that names them</source>
        <translation>Jetzt entfernen, was die Richtlinie auswählt und kein Prozess verwendet, nach einer Bestätigung, die sie nennt</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>&amp;Schließen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>VenvDeck</source>
        <translation>VenvDeck</translation>
    </message>
    <message>
        <source>Words match environment names, owners and installed packages; a comparison such as paramiko&lt;2.8 matches package versions.</source>
        <translation>Wörter passen auf Umgebungsnamen, Eigentümer und installierte Pakete; ein Vergleich wie paramiko&lt;2.8 passt auf Paketversionen.</translation>
    </message>
    <message>
        <source>Search environments</source>
        <translation>Umgebungen durchsuchen</translation>
    </message>
    <message>
        <source>Search names, owners, packages; or a version such as paramiko&lt;2.8   (Ctrl+F)</source>
        <translation>Namen, Eigentümer, Pakete suchen; oder eine Version wie paramiko&lt;2.8   (Strg+F)</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Zeigen:</translation>
    </message>
    <message>
        <source>Quick filter</source>
        <translation>Schnellfilter</translation>
    </message>
    <message>
        <source>Environments</source>
        <translation>Umgebungen</translation>
    </message>
    <message>
        <source>Environment details</source>
        <translation>Details der Umgebung</translation>
    </message>
    <message>
        <source>&amp;Choose Another Root…</source>
        <translation>Anderen Stammordner &amp;wählen…</translation>
    </message>
    <message>
        <source>Open &amp;Demo Root</source>
        <translation>Demo-Stammordner ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Rescan</source>
        <translation>&amp;Neu einlesen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>&amp;Open Root…</source>
        <translation>&amp;Stammordner öffnen…</translation>
    </message>
    <message>
        <source>Open another folder of virtual environments (Ctrl+O)</source>
        <translation>Einen anderen Ordner mit virtuellen Umgebungen öffnen (Strg+O)</translation>
    </message>
    <message>
        <source>Open a demo root of real environments, creating it first if needed</source>
        <translation>Einen Demo-Stammordner mit echten Umgebungen öffnen und ihn bei Bedarf zuerst anlegen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Read the root again (F5)</source>
        <translation>Den Stammordner neu einlesen (F5)</translation>
    </message>
    <message>
        <source>&amp;Cancel Scan</source>
        <translation>Einlesen &amp;abbrechen</translation>
    </message>
    <message>
        <source>Stop the running scan (Esc)</source>
        <translation>Das laufende Einlesen anhalten (Esc)</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>&amp;About VenvDeck</source>
        <translation>Ü&amp;ber VenvDeck</translation>
    </message>
    <message>
        <source>Environments grouped by owner</source>
        <translation>Umgebungen nach Eigentümer gruppiert</translation>
    </message>
    <message>
        <source>&amp;Environment</source>
        <translation>&amp;Umgebung</translation>
    </message>
    <message>
        <source>&amp;Group by Owner</source>
        <translation>Nach Eigentümer &amp;gruppieren</translation>
    </message>
    <message>
        <source>Show each driver or script with its environments below it, newest first (Ctrl+G)</source>
        <translation>Jeden Treiber und jedes Skript mit seinen Umgebungen darunter zeigen, die neueste zuerst (Strg+G)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Save the environments shown, as CSV or JSON (Ctrl+E)</source>
        <translation>Die angezeigten Umgebungen als CSV oder JSON speichern (Strg+E)</translation>
    </message>
    <message>
        <source>Open &amp;Folder</source>
        <translation>&amp;Ordner öffnen</translation>
    </message>
    <message>
        <source>Open the environment&apos;s folder in the file manager</source>
        <translation>Den Ordner der Umgebung in der Dateiverwaltung öffnen</translation>
    </message>
    <message>
        <source>&amp;Copy Path</source>
        <translation>Pfad &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the paths of the selected environments (Ctrl+Shift+C)</source>
        <translation>Die Pfade der ausgewählten Umgebungen kopieren (Strg+Umschalt+C)</translation>
    </message>
    <message>
        <source>&amp;Flag for Removal at Next Restart</source>
        <translation>Zum Entfernen beim nächsten Neustart &amp;vormerken</translation>
    </message>
    <message>
        <source>Flag the selected environments: apply-pending removes them at the next restart (Ctrl+D)</source>
        <translation>Die ausgewählten Umgebungen vormerken: apply-pending entfernt sie beim nächsten Neustart (Strg+D)</translation>
    </message>
    <message>
        <source>&amp;Unflag</source>
        <translation>Vormerkung auf&amp;heben</translation>
    </message>
    <message>
        <source>Keep the selected environments after all (Ctrl+Shift+D)</source>
        <translation>Die ausgewählten Umgebungen doch behalten (Strg+Umschalt+D)</translation>
    </message>
    <message>
        <source>&amp;Pin</source>
        <translation>A&amp;nheften</translation>
    </message>
    <message>
        <source>Never propose the selected environments for removal</source>
        <translation>Die ausgewählten Umgebungen nie zum Entfernen vorschlagen</translation>
    </message>
    <message>
        <source>Unp&amp;in</source>
        <translation>Anheftung &amp;lösen</translation>
    </message>
    <message>
        <source>Let the staleness rules propose the selected environments again</source>
        <translation>Die Aufräumregeln dürfen die ausgewählten Umgebungen wieder vorschlagen</translation>
    </message>
    <message>
        <source>&amp;Remove Now…</source>
        <translation>&amp;Jetzt entfernen…</translation>
    </message>
    <message>
        <source>Remove the selected environments now, unless a process uses them (Shift+Del)</source>
        <translation>Die ausgewählten Umgebungen jetzt entfernen, sofern kein Prozess sie benutzt (Umschalt+Entf)</translation>
    </message>
    <message>
        <source>&amp;Build from Package…</source>
        <translation>Aus &amp;Paket erstellen…</translation>
    </message>
    <message>
        <source>Build a venv from a shell package, a driver zip or folder, or a requirements.txt (Ctrl+B)</source>
        <translation>Ein venv aus einem Shell-Paket, einem Treiber-Zip oder -Ordner oder einer requirements.txt erstellen (Strg+B)</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Auffrischen</translation>
    </message>
    <message>
        <source>Run pip install -r again in the environment, with the requirements VenvDeck kept when it built it</source>
        <translation>pip install -r in der Umgebung erneut ausführen, mit den Anforderungen, die VenvDeck bei der Erstellung aufbewahrt hat</translation>
    </message>
    <message>
        <source>Re&amp;build…</source>
        <translation>Neu &amp;erstellen…</translation>
    </message>
    <message>
        <source>Build the environment afresh from the requirements VenvDeck kept, and swap it in</source>
        <translation>Die Umgebung aus den von VenvDeck aufbewahrten Anforderungen von Grund auf neu erstellen und austauschen</translation>
    </message>
    <message>
        <source>C&amp;leanup…</source>
        <translation>Au&amp;fräumen…</translation>
    </message>
    <message>
        <source>Choose a cleanup policy, preview what it selects, and flag it for removal at the next restart or remove it now (Ctrl+L)</source>
        <translation>Eine Aufräumrichtlinie wählen, eine Vorschau ihrer Auswahl ansehen und diese zum Entfernen beim nächsten Neustart vormerken oder jetzt entfernen (Strg+L)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Einstellun&amp;gen…</translation>
    </message>
    <message>
        <source>The root, the package sources, the cleanup numbers, parallel builds and the language (Ctrl+,)</source>
        <translation>Der Stammordner, die Paketquellen, die Aufräumwerte, parallele Erstellungen und die Sprache (Strg+,)</translation>
    </message>
    <message>
        <source>&amp;Builds Panel</source>
        <translation>Bereich „&amp;Erstellungen“</translation>
    </message>
    <message>
        <source>Show the builds that run, wait or have ended, with their logs (Ctrl+Shift+B)</source>
        <translation>Die laufenden, wartenden und beendeten Erstellungen mit ihren Protokollen zeigen (Strg+Umschalt+B)</translation>
    </message>
    <message>
        <source>Check for &amp;Updates</source>
        <translation>Auf Aktualisie&amp;rungen prüfen</translation>
    </message>
    <message>
        <source>Ask the package index for newer versions of the packages of every environment shown (Ctrl+U)</source>
        <translation>Den Paketindex nach neueren Versionen der Pakete jeder angezeigten Umgebung fragen (Strg+U)</translation>
    </message>
    <message>
        <source>Check &amp;Selected for Updates</source>
        <translation>Ausge&amp;wählte auf Aktualisierungen prüfen</translation>
    </message>
    <message>
        <source>Ask the package index for newer versions of the packages of the selected environments</source>
        <translation>Den Paketindex nach neueren Versionen der Pakete der ausgewählten Umgebungen fragen</translation>
    </message>
    <message>
        <source>Cancel Update Check</source>
        <translation>Aktualisierungsprüfung abbrechen</translation>
    </message>
    <message>
        <source>Stop asking the package index; what was checked so far stays in the table</source>
        <translation>Die Abfrage des Paketindex beenden; was bisher geprüft wurde, bleibt in der Tabelle</translation>
    </message>
    <message>
        <source>Rescan &amp;Everything</source>
        <translation>A&amp;lles neu einlesen</translation>
    </message>
    <message>
        <source>Read and measure every environment again, reusing nothing from the last scan (Shift+F5).
Use it after files were edited in place (appended to or overwritten), which Rescan cannot see.</source>
        <translation>Jede Umgebung erneut lesen und messen, ohne etwas vom letzten Einlesen zu übernehmen (Umschalt+F5).
Nach Dateien verwenden, die an Ort und Stelle bearbeitet wurden (angehängt oder überschrieben), was „Neu einlesen“ nicht sieht.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Environments</source>
        <translation>Umgebungen</translation>
    </message>
    <message>
        <source>Venv &amp;root:</source>
        <translation>venv-S&amp;tammordner:</translation>
    </message>
    <message>
        <source>Venv root</source>
        <translation>venv-Stammordner</translation>
    </message>
    <message>
        <source>/usr/share/QualiSystems/venv</source>
        <translation>/usr/share/QualiSystems/venv</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <source>Choose the folder that holds the environments</source>
        <translation>Den Ordner wählen, der die Umgebungen enthält</translation>
    </message>
    <message>
        <source>&amp;customer.config:</source>
        <translation>&amp;customer.config:</translation>
    </message>
    <message>
        <source>Execution server customer.config</source>
        <translation>customer.config des Execution Servers</translation>
    </message>
    <message>
        <source>Choose the execution server&apos;s customer.config</source>
        <translation>Die customer.config des Execution Servers wählen</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Take the index URL, trusted host, extra index and validity period from this customer.config</source>
        <translation>Index-URL, vertrauenswürdigen Host, zusätzlichen Index und Gültigkeitsdauer aus dieser customer.config übernehmen</translation>
    </message>
    <message>
        <source>What was imported</source>
        <translation>Was importiert wurde</translation>
    </message>
    <message>
        <source>Package sources</source>
        <translation>Paketquellen</translation>
    </message>
    <message>
        <source>&amp;Index URL:</source>
        <translation>In&amp;dex-URL:</translation>
    </message>
    <message>
        <source>Index URL</source>
        <translation>Index-URL</translation>
    </message>
    <message>
        <source>https://pypi.org/simple/</source>
        <translation>https://pypi.org/simple/</translation>
    </message>
    <message>
        <source>&amp;Trusted hosts:</source>
        <translation>&amp;Vertrauenswürdige Hosts:</translation>
    </message>
    <message>
        <source>Trusted hosts</source>
        <translation>Vertrauenswürdige Hosts</translation>
    </message>
    <message>
        <source>qs-server, qs-server:8036</source>
        <translation>qs-server, qs-server:8036</translation>
    </message>
    <message>
        <source>E&amp;xtra index URL:</source>
        <translation>Zusätzliche Inde&amp;x-URL:</translation>
    </message>
    <message>
        <source>Extra index URL</source>
        <translation>URL des zusätzlichen Index</translation>
    </message>
    <message>
        <source>&amp;Offline folder:</source>
        <translation>&amp;Offline-Ordner:</translation>
    </message>
    <message>
        <source>Offline folder of wheels and sdists</source>
        <translation>Offline-Ordner mit Wheels und Sdists</translation>
    </message>
    <message>
        <source>a folder of wheels and sdists (pip download output)</source>
        <translation>ein Ordner mit Wheels und Sdists (Ausgabe von pip download)</translation>
    </message>
    <message>
        <source>Choose a folder of wheels and sdists</source>
        <translation>Einen Ordner mit Wheels und Sdists wählen</translation>
    </message>
    <message>
        <source>Cleanup</source>
        <translation>Aufräumen</translation>
    </message>
    <message>
        <source>&amp;Validity period:</source>
        <translation>&amp;Gültigkeitsdauer:</translation>
    </message>
    <message>
        <source>Validity period in minutes</source>
        <translation>Gültigkeitsdauer in Minuten</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>VirtualEnvironmentLifetimeDurationInMinutes: environments older than this are due for a refresh (shown, never removed)</source>
        <translation>VirtualEnvironmentLifetimeDurationInMinutes: ältere Umgebungen sind zur Auffrischung fällig (wird angezeigt, nie entfernt)</translation>
    </message>
    <message>
        <source>&amp;Unused after:</source>
        <translation>&amp;Ungenutzt nach:</translation>
    </message>
    <message>
        <source>Unused after days</source>
        <translation>Ungenutzt nach Tagen</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tagen</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>An environment not used for this many days is stale (unused); 0 turns the rule off</source>
        <translation>Eine Umgebung, die so viele Tage nicht verwendet wurde, ist veraltet (ungenutzt); 0 schaltet die Regel aus</translation>
    </message>
    <message>
        <source>&amp;Keep newest:</source>
        <translation>&amp;Neueste behalten:</translation>
    </message>
    <message>
        <source>Keep newest per owner</source>
        <translation>Neueste je Eigentümer behalten</translation>
    </message>
    <message>
        <source>The N newest environments of each owner are never proposed for removal, unless broken</source>
        <translation>Die N neuesten Umgebungen jedes Eigentümers werden nie zum Entfernen vorgeschlagen, außer sie sind defekt</translation>
    </message>
    <message>
        <source>per driver or script</source>
        <translation>je Treiber oder Skript</translation>
    </message>
    <message>
        <source>Builds and window</source>
        <translation>Erstellungen und Fenster</translation>
    </message>
    <message>
        <source>&amp;Parallel builds:</source>
        <translation>&amp;Parallele Erstellungen:</translation>
    </message>
    <message>
        <source>Parallel builds</source>
        <translation>Parallele Erstellungen</translation>
    </message>
    <message>
        <source>One per core</source>
        <translation>Eine pro Kern</translation>
    </message>
    <message>
        <source>How many builds run at once; more wait in the Builds panel</source>
        <translation>Wie viele Erstellungen gleichzeitig laufen; weitere warten im Bereich „Erstellungen“</translation>
    </message>
    <message>
        <source>Build &amp;timeout:</source>
        <translation>&amp;Zeitlimit der Erstellung:</translation>
    </message>
    <message>
        <source>Build timeout in minutes</source>
        <translation>Zeitlimit der Erstellung in Minuten</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Kein Limit</translation>
    </message>
    <message>
        <source>A build that takes longer is ended</source>
        <translation>Eine Erstellung, die länger dauert, wird beendet</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Sp&amp;rache:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Why the settings cannot be saved</source>
        <translation>Warum die Einstellungen nicht gespeichert werden können</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Browse, inspect and clean up the Python virtual environments of a CloudShell execution server.</source>
        <translation>Die virtuellen Python-Umgebungen eines CloudShell-Execution-Servers durchsehen, prüfen und aufräumen.</translation>
    </message>
    <message>
        <source>The venv root to open (else VENVDECK_ROOT, the saved setting, the platform default).</source>
        <translation>Der zu öffnende venv-Stammordner (sonst VENVDECK_ROOT, die gespeicherte Einstellung, der Standard der Plattform).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Open the demo root, creating it first if needed.</source>
        <translation>Den Demo-Stammordner öffnen und ihn bei Bedarf zuerst anlegen.</translation>
    </message>
    <message>
        <source>When the first scan has finished, save the window as a PNG image and quit.</source>
        <translation>Nach dem ersten Einlesen das Fenster als PNG-Bild speichern und beenden.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>When the first scan has finished, check the environments for updates (with --screenshot: save the picture once the check has ended).</source>
        <translation>Nach dem ersten Einlesen die Umgebungen auf Aktualisierungen prüfen (mit --screenshot: das Bild speichern, sobald die Prüfung beendet ist).</translation>
    </message>
    <message>
        <source>With --screenshot: open the dialog NAME (build, settings, cleanup, about) or the builds panel (builds) and save it instead of the window.</source>
        <translation>Mit --screenshot: den Dialog NAME (build, settings, cleanup, about) oder den Bereich „Erstellungen“ (builds) öffnen und statt des Fensters speichern.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Measure the event loop&apos;s longest stall, the time to the first rows and the peak memory while the root is scanned, write them to FILE as JSON and quit (tests/benchmarks/run_benchmarks.py).</source>
        <translation>Die längste Blockade der Ereignisschleife, die Zeit bis zu den ersten Zeilen und den Spitzenspeicher während des Scans des Stammordners messen, als JSON in DATEI schreiben und beenden (tests/benchmarks/run_benchmarks.py).</translation>
    </message>
</context>
<context>
    <name>venvdeck</name>
    <message>
        <source>--root</source>
        <translation>--root</translation>
    </message>
    <message>
        <source>the VENVDECK_ROOT environment variable</source>
        <translation>Umgebungsvariable VENVDECK_ROOT</translation>
    </message>
    <message>
        <source>the saved setting</source>
        <translation>gespeicherte Einstellung</translation>
    </message>
    <message>
        <source>the platform default</source>
        <translation>Standard der Plattform</translation>
    </message>
    <message>
        <source>newest driver log</source>
        <translation>neuestes Treiberprotokoll</translation>
    </message>
    <message>
        <source>newest byte code or log inside the venv</source>
        <translation>neuester Bytecode oder neuestes Protokoll im venv</translation>
    </message>
    <message>
        <source>the folder&apos;s modification time</source>
        <translation>Änderungszeit des Ordners</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>nicht bekannt</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>die Datei existiert nicht</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>nicht lesbar: %1</translation>
    </message>
    <message>
        <source>larger than %1 KiB; not read</source>
        <translation>größer als %1 KiB; nicht gelesen</translation>
    </message>
    <message>
        <source>not valid JSON: %1 at offset %2</source>
        <translation>kein gültiges JSON: %1 an Position %2</translation>
    </message>
    <message>
        <source>holds no &quot;url&quot; string</source>
        <translation>enthält keine Zeichenkette &quot;url&quot;</translation>
    </message>
    <message>
        <source>names no project folder</source>
        <translation>nennt keinen Projektordner</translation>
    </message>
    <message>
        <source>points at &quot;%1&quot;, which does not exist</source>
        <translation>verweist auf &quot;%1&quot;, das nicht existiert</translation>
    </message>
    <message>
        <source>points at &quot;%1&quot;, which holds no %2</source>
        <translation>verweist auf &quot;%1&quot;, das kein %2 enthält</translation>
    </message>
    <message>
        <source>no &quot;Name&quot; header</source>
        <translation>kein Kopffeld &quot;Name&quot;</translation>
    </message>
    <message>
        <source>no &quot;Version&quot; header</source>
        <translation>kein Kopffeld &quot;Version&quot;</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>existiert nicht</translation>
    </message>
    <message>
        <source>not a *.dist-info folder or a *.egg-info folder or file</source>
        <translation>weder ein *.dist-info-Ordner noch ein *.egg-info-Ordner oder eine *.egg-info-Datei</translation>
    </message>
    <message>
        <source>not a folder</source>
        <translation>kein Ordner</translation>
    </message>
    <message>
        <source>cannot list: permission denied</source>
        <translation>Inhalt nicht auflistbar: Zugriff verweigert</translation>
    </message>
    <message>
        <source>a symbolic link to nothing</source>
        <translation>ein symbolischer Link ins Leere</translation>
    </message>
    <message>
        <source>a zipped egg: its metadata is not read</source>
        <translation>ein gezipptes Egg: seine Metadaten werden nicht gelesen</translation>
    </message>
    <message>
        <source>%1 is installed twice; %2 is listed instead</source>
        <translation>%1 ist doppelt installiert; stattdessen wird %2 aufgeführt</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <source>&quot;schema&quot; must be a whole number, 1 or more</source>
        <translation>&quot;schema&quot; muss eine ganze Zahl ab 1 sein</translation>
    </message>
    <message>
        <source>&quot;owner&quot; must be a non-empty string</source>
        <translation>&quot;owner&quot; muss eine nicht leere Zeichenkette sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string</source>
        <translation>&quot;%1&quot; muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>&quot;ownerKind&quot; must be &quot;driver&quot; or &quot;script&quot;, not &quot;%1&quot;</source>
        <translation>&quot;ownerKind&quot; muss &quot;driver&quot; oder &quot;script&quot; sein, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;requirementsSha256&quot; must be 64 hexadecimal digits</source>
        <translation>&quot;requirementsSha256&quot; muss aus 64 Hexadezimalziffern bestehen</translation>
    </message>
    <message>
        <source>&quot;builtAt&quot; is not an ISO-8601 time: &quot;%1&quot;</source>
        <translation>&quot;builtAt&quot; ist keine ISO-8601-Zeitangabe: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a folder, not a file</source>
        <translation>ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>larger than %1 KiB: not an ownership record</source>
        <translation>größer als %1 KiB: kein Eigentümerdatensatz</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>not valid UTF-8; read as Latin-1</source>
        <translation>kein gültiges UTF-8; als Latin-1 gelesen</translation>
    </message>
    <message>
        <source>line %1: expected &quot;key = value&quot;, found &quot;%2&quot;</source>
        <translation>Zeile %1: &quot;Schlüssel = Wert&quot; erwartet, &quot;%2&quot; gefunden</translation>
    </message>
    <message>
        <source>pyvenv.cfg holds no &quot;key = value&quot; setting</source>
        <translation>pyvenv.cfg enthält keine Einstellung der Form &quot;Schlüssel = Wert&quot;</translation>
    </message>
    <message>
        <source>line %1: &quot;%2&quot; is not a Python version: &quot;%3&quot;</source>
        <translation>Zeile %1: &quot;%2&quot; ist keine Python-Version: &quot;%3&quot;</translation>
    </message>
    <message>
        <source>line %1: include-system-site-packages must be true or false, not &quot;%2&quot;</source>
        <translation>Zeile %1: include-system-site-packages muss true oder false sein, nicht &quot;%2&quot;</translation>
    </message>
    <message>
        <source>cannot read pyvenv.cfg: %1</source>
        <translation>pyvenv.cfg kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>pyvenv.cfg is larger than %1 KiB: not a pyvenv.cfg</source>
        <translation>pyvenv.cfg ist größer als %1 KiB: keine pyvenv.cfg</translation>
    </message>
    <message>
        <source>the venv root does not exist</source>
        <translation>der venv-Stammordner existiert nicht</translation>
    </message>
    <message>
        <source>the venv root cannot be read</source>
        <translation>der venv-Stammordner kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>the logs root cannot be read; last-used times fall back to the venvs&apos; own files</source>
        <translation>der Protokoll-Stammordner kann nicht gelesen werden; die Zeiten der letzten Verwendung stammen ersatzweise aus den Dateien der venvs</translation>
    </message>
    <message>
        <source>warning: %1: %2</source>
        <translation>Warnung: %1: %2</translation>
    </message>
    <message>
        <source>Displays help on commandline options.</source>
        <translation>Zeigt die Hilfe zu den Befehlszeilenoptionen an.</translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation>Zeigt die Versionsinformationen an.</translation>
    </message>
    <message>
        <source>The venv root to read (default: VENVDECK_ROOT, the saved setting, then %1).</source>
        <translation>Der einzulesende venv-Stammordner (Standard: VENVDECK_ROOT, die gespeicherte Einstellung, dann %1).</translation>
    </message>
    <message>
        <source>Output format: %1 (default: %2).</source>
        <translation>Ausgabeformat: %1 (Standard: %2).</translation>
    </message>
    <message>
        <source>Run &apos;%1 --help&apos; for usage.</source>
        <translation>Aufruf: siehe &apos;%1 --help&apos;.</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;; choose one of: %2</source>
        <translation>unbekanntes Format &apos;%1&apos;; eines davon wählen: %2</translation>
    </message>
    <message>
        <source>the venv root %1 (from %2) is not a folder.</source>
        <translation>der venv-Stammordner %1 (Quelle: %2) ist kein Ordner.</translation>
    </message>
    <message>
        <source>the venv root %1 (from %2) does not exist.</source>
        <translation>der venv-Stammordner %1 (Quelle: %2) existiert nicht.</translation>
    </message>
    <message>
        <source>Choose another with --root DIR or the VENVDECK_ROOT environment variable, or make a demo root with &apos;venvdeck-cli demo&apos;.</source>
        <translation>Einen anderen mit --root DIR oder der Umgebungsvariablen VENVDECK_ROOT wählen oder mit &apos;venvdeck-cli demo&apos; einen Demo-Stammordner anlegen.</translation>
    </message>
    <message numerus="yes">
        <source>Made %n environment(s) in %1 s.</source>
        <translation>
            <numerusform>%n Umgebung in %1 s angelegt.</numerusform>
            <numerusform>%n Umgebungen in %1 s angelegt.</numerusform>
        </translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>ART</translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation>VERSION</translation>
    </message>
    <message>
        <source>PYTHON</source>
        <translation>PYTHON</translation>
    </message>
    <message>
        <source>PKGS</source>
        <translation>PAKETE</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>GRÖSSE</translation>
    </message>
    <message>
        <source>LAST USED</source>
        <translation>ZULETZT VERWENDET</translation>
    </message>
    <message>
        <source>HEALTH</source>
        <translation>ZUSTAND</translation>
    </message>
    <message numerus="yes">
        <source>%n environment(s)</source>
        <translation>
            <numerusform>%n Umgebung</numerusform>
            <numerusform>%n Umgebungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n broken</source>
        <translation>
            <numerusform>%n defekt</numerusform>
            <numerusform>%n defekt</numerusform>
        </translation>
    </message>
    <message>
        <source>Lists every environment in the venv root: owner, version, Python, packages, size, last use, health.</source>
        <translation>Listet jede Umgebung im venv-Stammordner auf: Eigentümer, Version, Python, Pakete, Größe, letzte Verwendung, Zustand.</translation>
    </message>
    <message>
        <source>Skip the size walk (much faster).</source>
        <translation>Die Größenermittlung überspringen (viel schneller).</translation>
    </message>
    <message>
        <source>cloudshell-logging&apos;s logs root, for last-used times (default: %1).</source>
        <translation>Der Protokoll-Stammordner von cloudshell-logging, für die Zeiten der letzten Verwendung (Standard: %1).</translation>
    </message>
    <message>
        <source>&apos;list&apos; takes no arguments; did you mean &apos;show NAME&apos;?</source>
        <translation>&apos;list&apos; erwartet keine Argumente; war &apos;show NAME&apos; gemeint?</translation>
    </message>
    <message>
        <source>List every environment in the root.</source>
        <translation>Jede Umgebung im Stammordner auflisten.</translation>
    </message>
    <message>
        <source>Show everything known about one environment.</source>
        <translation>Alles zeigen, was über eine Umgebung bekannt ist.</translation>
    </message>
    <message>
        <source>Print the venv root in use and what chose it.</source>
        <translation>Den verwendeten venv-Stammordner ausgeben und woher er stammt.</translation>
    </message>
    <message>
        <source>Create (or reuse) a demo root of real venvs.</source>
        <translation>Einen Demo-Stammordner mit echten venvs anlegen (oder wiederverwenden).</translation>
    </message>
    <message>
        <source>Usage: venvdeck-cli COMMAND [options]</source>
        <translation>Aufruf: venvdeck-cli BEFEHL [Optionen]</translation>
    </message>
    <message>
        <source>Administers the Python virtual environments of a CloudShell execution server.</source>
        <translation>Verwaltet die virtuellen Python-Umgebungen eines CloudShell-Execution-Servers.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Run &apos;venvdeck-cli COMMAND --help&apos; for a command&apos;s options.</source>
        <translation>Die Optionen eines Befehls zeigt &apos;venvdeck-cli BEFEHL --help&apos;.</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;.</source>
        <translation>unbekannter Befehl &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>cannot rewrite the path of the temporary folder: %1</source>
        <translation>der Pfad des temporären Ordners kann nicht umgeschrieben werden: %1</translation>
    </message>
    <message>
        <source>cannot read the pins: %1</source>
        <translation>die Anheftungen können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>not a folder name directly inside the root</source>
        <translation>kein Ordnername direkt im Stammordner</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>%1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>removed at the next apply-pending</source>
        <translation>wird beim nächsten apply-pending entfernt</translation>
    </message>
    <message>
        <source>removal begun; the next apply-pending finishes it</source>
        <translation>Entfernen begonnen; das nächste apply-pending schließt es ab</translation>
    </message>
    <message>
        <source>replaced since it was flagged: will be left alone</source>
        <translation>seit dem Vormerken ersetzt: wird nicht angetastet</translation>
    </message>
    <message>
        <source>no longer a real folder: will be left alone</source>
        <translation>kein echter Ordner mehr: wird nicht angetastet</translation>
    </message>
    <message>
        <source>no longer exists: dropped at the next apply-pending</source>
        <translation>existiert nicht mehr: wird beim nächsten apply-pending gestrichen</translation>
    </message>
    <message>
        <source>already flagged</source>
        <translation>bereits vorgemerkt</translation>
    </message>
    <message>
        <source>prune: %1</source>
        <translation>prune: %1</translation>
    </message>
    <message>
        <source>owned by user id %1, not root</source>
        <translation>gehört der Benutzer-ID %1, nicht root</translation>
    </message>
    <message>
        <source>writable by its group or by others (mode %1)</source>
        <translation>für die Gruppe oder andere schreibbar (Modus %1)</translation>
    </message>
    <message>
        <source>a symbolic link, not a real folder</source>
        <translation>ein symbolischer Link, kein echter Ordner</translation>
    </message>
    <message>
        <source>removal is not supported on this platform yet</source>
        <translation>Entfernen wird auf dieser Plattform noch nicht unterstützt</translation>
    </message>
    <message>
        <source>corrupt: not valid JSON (%1 at offset %2)</source>
        <translation>beschädigt: kein gültiges JSON (%1 an Position %2)</translation>
    </message>
    <message>
        <source>corrupt: not a JSON object</source>
        <translation>beschädigt: kein JSON-Objekt</translation>
    </message>
    <message>
        <source>corrupt: &quot;schema&quot; must be a whole number, 1 or more</source>
        <translation>beschädigt: &quot;schema&quot; muss eine ganze Zahl ab 1 sein</translation>
    </message>
    <message>
        <source>written by a newer VenvDeck (schema %1; this one reads schema %2): upgrade VenvDeck</source>
        <translation>von einem neueren VenvDeck geschrieben (Schema %1; dieses liest Schema %2): VenvDeck aktualisieren</translation>
    </message>
    <message>
        <source>corrupt: &quot;root&quot; must name the venv root</source>
        <translation>beschädigt: &quot;root&quot; muss den venv-Stammordner nennen</translation>
    </message>
    <message>
        <source>written for another root (%1), not %2</source>
        <translation>für einen anderen Stammordner geschrieben (%1), nicht für %2</translation>
    </message>
    <message>
        <source>corrupt: &quot;entries&quot; must be a list</source>
        <translation>beschädigt: &quot;entries&quot; muss eine Liste sein</translation>
    </message>
    <message>
        <source>corrupt: entry %1 has no &quot;name&quot;</source>
        <translation>beschädigt: Eintrag %1 hat keinen &quot;name&quot;</translation>
    </message>
    <message>
        <source>entry %1 names &quot;%2&quot;, which is not a folder directly inside the root</source>
        <translation>Eintrag %1 nennt &quot;%2&quot;, das kein Ordner direkt im Stammordner ist</translation>
    </message>
    <message>
        <source>names &quot;%1&quot; twice</source>
        <translation>nennt &quot;%1&quot; zweimal</translation>
    </message>
    <message>
        <source>corrupt: entry &quot;%1&quot; has no valid &quot;device&quot; and &quot;inode&quot;</source>
        <translation>beschädigt: Eintrag &quot;%1&quot; hat kein gültiges &quot;device&quot; und &quot;inode&quot;</translation>
    </message>
    <message>
        <source>corrupt: entry &quot;%1&quot; has an invalid &quot;builtAt&quot;</source>
        <translation>beschädigt: Eintrag &quot;%1&quot; hat ein ungültiges &quot;builtAt&quot;</translation>
    </message>
    <message>
        <source>entry &quot;%1&quot; names &quot;%2&quot; in the trash, which is not a plain name</source>
        <translation>Eintrag &quot;%1&quot; nennt &quot;%2&quot; im Papierkorb, das kein einfacher Name ist</translation>
    </message>
    <message>
        <source>a symbolic link, not a real folder: refused</source>
        <translation>ein symbolischer Link, kein echter Ordner: abgelehnt</translation>
    </message>
    <message>
        <source>not a folder: refused</source>
        <translation>kein Ordner: abgelehnt</translation>
    </message>
    <message>
        <source>not a regular file (a link or a folder): refused</source>
        <translation>keine reguläre Datei (ein Link oder ein Ordner): abgelehnt</translation>
    </message>
    <message>
        <source>%1: refused while running as root (make it root&apos;s, mode 0644 or 0755)</source>
        <translation>%1: abgelehnt, solange als root ausgeführt (Eigentümer root, Modus 0644 oder 0755 setzen)</translation>
    </message>
    <message>
        <source>corrupt: far too large for a manifest</source>
        <translation>beschädigt: viel zu groß für ein Manifest</translation>
    </message>
    <message>
        <source>another VenvDeck is changing the pending removals (%1 is locked); try again later</source>
        <translation>ein anderes VenvDeck ändert gerade die vorgemerkten Entfernungen (%1 ist gesperrt); später erneut versuchen</translation>
    </message>
    <message>
        <source>pid %1 (%2, %3)</source>
        <translation>PID %1 (%2, %3)</translation>
    </message>
    <message>
        <source>cannot open the folder it is in: %1</source>
        <translation>der Ordner, in dem es liegt, kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>cannot inspect: %1</source>
        <translation>nicht prüfbar: %1</translation>
    </message>
    <message>
        <source>not a folder name directly inside the root (no separators, no &quot;..&quot;)</source>
        <translation>kein Ordnername direkt im Stammordner (keine Trennzeichen, kein &quot;..&quot;)</translation>
    </message>
    <message>
        <source>its removal has begun; run apply-pending to finish it</source>
        <translation>sein Entfernen hat begonnen; apply-pending ausführen, um es abzuschließen</translation>
    </message>
    <message>
        <source>was already flagged; flagged again as it is now</source>
        <translation>war bereits vorgemerkt; im jetzigen Zustand erneut vorgemerkt</translation>
    </message>
    <message>
        <source>not flagged</source>
        <translation>nicht vorgemerkt</translation>
    </message>
    <message>
        <source>cannot open the venv root %1: %2</source>
        <translation>der venv-Stammordner %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>in the trash but not in the pending removals; left alone</source>
        <translation>im Papierkorb, aber nicht unter den vorgemerkten Entfernungen; nicht angetastet</translation>
    </message>
    <message>
        <source>not flagged for removal</source>
        <translation>nicht zum Entfernen vorgemerkt</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) could not be deleted; the rest is gone and the next run tries again: </source>
        <translation>
            <numerusform>%n Eintrag konnte nicht gelöscht werden; der Rest ist entfernt, und der nächste Lauf versucht es erneut: </numerusform>
            <numerusform>%n Einträge konnten nicht gelöscht werden; der Rest ist entfernt, und der nächste Lauf versucht es erneut: </numerusform>
        </translation>
    </message>
    <message>
        <source>the trash holds something else under %1; left alone</source>
        <translation>der Papierkorb enthält unter %1 etwas anderes; nicht angetastet</translation>
    </message>
    <message>
        <source>its removal began in an earlier run; it would be finished</source>
        <translation>sein Entfernen begann in einem früheren Lauf; es würde abgeschlossen</translation>
    </message>
    <message>
        <source>finished a removal an earlier run began</source>
        <translation>ein von einem früheren Lauf begonnenes Entfernen abgeschlossen</translation>
    </message>
    <message>
        <source>an earlier run removed it</source>
        <translation>ein früherer Lauf hat es entfernt</translation>
    </message>
    <message>
        <source>no longer exists</source>
        <translation>existiert nicht mehr</translation>
    </message>
    <message>
        <source>now a symbolic link, not the folder that was flagged; left alone</source>
        <translation>jetzt ein symbolischer Link, nicht der vorgemerkte Ordner; nicht angetastet</translation>
    </message>
    <message>
        <source>now a file, not the folder that was flagged; left alone</source>
        <translation>jetzt eine Datei, nicht der vorgemerkte Ordner; nicht angetastet</translation>
    </message>
    <message>
        <source>replaced since it was flagged (another folder has its name now); left alone</source>
        <translation>seit dem Vormerken ersetzt (ein anderer Ordner trägt jetzt seinen Namen); nicht angetastet</translation>
    </message>
    <message>
        <source>rebuilt since it was flagged (built at %1); left alone</source>
        <translation>seit dem Vormerken neu erstellt (erstellt am %1); nicht angetastet</translation>
    </message>
    <message>
        <source>its ownership record changed since it was flagged; left alone</source>
        <translation>sein Eigentümerdatensatz hat sich seit dem Vormerken geändert; nicht angetastet</translation>
    </message>
    <message>
        <source>cannot create the lock folder</source>
        <translation>der Sperrordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>a build holds its lock (%1); left alone</source>
        <translation>eine Erstellung hält seine Sperre (%1); nicht angetastet</translation>
    </message>
    <message>
        <source>in use by %1; left alone</source>
        <translation>in Benutzung durch %1; nicht angetastet</translation>
    </message>
    <message>
        <source>this platform cannot tell whether it is in use; left alone</source>
        <translation>diese Plattform kann nicht feststellen, ob es in Benutzung ist; nicht angetastet</translation>
    </message>
    <message>
        <source>cannot open the trash folder %1 (it must be a real folder)</source>
        <translation>der Papierkorb-Ordner %1 kann nicht geöffnet werden (er muss ein echter Ordner sein)</translation>
    </message>
    <message>
        <source>changed while being removed; left alone</source>
        <translation>während des Entfernens geändert; nicht angetastet</translation>
    </message>
    <message>
        <source>cannot move it into the trash: %1</source>
        <translation>kann nicht in den Papierkorb verschoben werden: %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>superseded by %1 (version %2, this one %3)</source>
        <translation>abgelöst durch %1 (Version %2, diese %3)</translation>
    </message>
    <message>
        <source>the owner&apos;s newest environment %1 uses Python %2, this one Python %3</source>
        <translation>die neueste Umgebung %1 des Eigentümers verwendet Python %2, diese Python %3</translation>
    </message>
    <message>
        <source>broken</source>
        <translation>defekt</translation>
    </message>
    <message numerus="yes">
        <source>not used for %n day(s) (last used %1, from %2)</source>
        <translation>
            <numerusform>seit %n Tag nicht verwendet (zuletzt verwendet %1, Quelle: %2)</numerusform>
            <numerusform>seit %n Tagen nicht verwendet (zuletzt verwendet %1, Quelle: %2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>built %1, older than the validity period of %n minute(s)</source>
        <translation>
            <numerusform>erstellt %1, älter als die Gültigkeitsdauer von %n Minute</numerusform>
            <numerusform>erstellt %1, älter als die Gültigkeitsdauer von %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>the newest environment of %1</source>
        <translation>die neueste Umgebung von %1</translation>
    </message>
    <message>
        <source>the newest environment of %1 for Python %2</source>
        <translation>die neueste Umgebung von %1 für Python %2</translation>
    </message>
    <message numerus="yes">
        <source>one of the %n newest environment(s) of %1</source>
        <translation>
            <numerusform>die neueste Umgebung von %1</numerusform>
            <numerusform>eine der %n neuesten Umgebungen von %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is &quot;%2&quot;, not a whole number of minutes</source>
        <translation>%1 ist &quot;%2&quot;, keine ganze Zahl von Minuten</translation>
    </message>
    <message>
        <source>line %1: an &lt;add&gt; without a key</source>
        <translation>Zeile %1: ein &lt;add&gt; ohne key</translation>
    </message>
    <message>
        <source>is not valid XML: %1 (line %2)</source>
        <translation>ist kein gültiges XML: %1 (Zeile %2)</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>401: credentials rejected</source>
        <translation>401: Anmeldedaten abgelehnt</translation>
    </message>
    <message>
        <source>401: credentials required (put them in the index URL)</source>
        <translation>401: Anmeldedaten erforderlich (in die Index-URL schreiben)</translation>
    </message>
    <message>
        <source>403: access forbidden</source>
        <translation>403: Zugriff verboten</translation>
    </message>
    <message>
        <source>404: not found</source>
        <translation>404: nicht gefunden</translation>
    </message>
    <message>
        <source>407: the proxy wants credentials</source>
        <translation>407: der Proxy verlangt Anmeldedaten</translation>
    </message>
    <message>
        <source>%1: server error</source>
        <translation>%1: Serverfehler</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>connection refused on %1</source>
        <translation>Verbindung zu %1 abgelehnt</translation>
    </message>
    <message>
        <source>host %1 not found</source>
        <translation>Host %1 nicht gefunden</translation>
    </message>
    <message>
        <source>%1 closed the connection</source>
        <translation>%1 hat die Verbindung geschlossen</translation>
    </message>
    <message>
        <source>no answer from %1 in time</source>
        <translation>keine rechtzeitige Antwort von %1</translation>
    </message>
    <message>
        <source>TLS certificate not trusted</source>
        <translation>TLS-Zertifikat nicht vertrauenswürdig</translation>
    </message>
    <message>
        <source>TLS certificate not trusted (%1)</source>
        <translation>TLS-Zertifikat nicht vertrauenswürdig (%1)</translation>
    </message>
    <message>
        <source>too many redirects</source>
        <translation>zu viele Weiterleitungen</translation>
    </message>
    <message>
        <source>redirected from HTTPS to plain HTTP; refused</source>
        <translation>von HTTPS auf unverschlüsseltes HTTP umgeleitet; abgelehnt</translation>
    </message>
    <message>
        <source>the proxy failed (%1); check http_proxy / https_proxy</source>
        <translation>der Proxy ist gescheitert (%1); http_proxy / https_proxy prüfen</translation>
    </message>
    <message>
        <source>the proxy wants credentials</source>
        <translation>der Proxy verlangt Anmeldedaten</translation>
    </message>
    <message>
        <source>the network is down</source>
        <translation>das Netzwerk ist nicht verfügbar</translation>
    </message>
    <message>
        <source>network error %1</source>
        <translation>Netzwerkfehler %1</translation>
    </message>
    <message>
        <source>malformed index page: %1</source>
        <translation>fehlerhafte Indexseite: %1</translation>
    </message>
    <message>
        <source>the JSON is not an object</source>
        <translation>das JSON ist kein Objekt</translation>
    </message>
    <message>
        <source>unsupported api-version %1</source>
        <translation>nicht unterstützte api-version %1</translation>
    </message>
    <message>
        <source>no &quot;files&quot; list</source>
        <translation>keine Liste &quot;files&quot;</translation>
    </message>
    <message>
        <source>neither HTML links nor PEP 691 JSON</source>
        <translation>weder HTML-Links noch JSON nach PEP 691</translation>
    </message>
    <message>
        <source>unexpected content type %1</source>
        <translation>unerwarteter Inhaltstyp %1</translation>
    </message>
    <message>
        <source>the offline folder does not exist</source>
        <translation>der Offline-Ordner existiert nicht</translation>
    </message>
    <message>
        <source>Removes exactly the environments flagged for removal (run at boot, before the execution server starts). Skips and reports any that was replaced, became a link, is locked by a build or is in use.</source>
        <translation>Entfernt genau die zum Entfernen vorgemerkten Umgebungen (beim Systemstart ausführen, bevor der Execution Server startet). Überspringt und meldet jede, die ersetzt wurde, zu einem Link wurde, von einer Erstellung gesperrt ist oder in Benutzung ist.</translation>
    </message>
    <message>
        <source>Check and report; delete nothing.</source>
        <translation>Prüfen und berichten; nichts löschen.</translation>
    </message>
    <message>
        <source>Flags environments for removal at the next restart (apply-pending removes them). Each NAME must be a real folder directly inside the root.</source>
        <translation>Merkt Umgebungen zum Entfernen beim nächsten Neustart vor (apply-pending entfernt sie). Jeder NAME muss ein echter Ordner direkt im Stammordner sein.</translation>
    </message>
    <message>
        <source>Why (kept in the manifest).</source>
        <translation>Der Grund (wird im Manifest festgehalten).</translation>
    </message>
    <message>
        <source>flagged with venvdeck-cli</source>
        <translation>mit venvdeck-cli vorgemerkt</translation>
    </message>
    <message>
        <source>flagged</source>
        <translation>vorgemerkt</translation>
    </message>
    <message>
        <source>Takes environments off the pending removals.</source>
        <translation>Nimmt Umgebungen von den vorgemerkten Entfernungen.</translation>
    </message>
    <message>
        <source>unflagged</source>
        <translation>Vormerkung aufgehoben</translation>
    </message>
    <message>
        <source>[pinned]</source>
        <translation>[angeheftet]</translation>
    </message>
    <message>
        <source>[pending]</source>
        <translation>[vorgemerkt]</translation>
    </message>
    <message>
        <source>[in use]</source>
        <translation>[in Benutzung]</translation>
    </message>
    <message>
        <source>STALE</source>
        <translation>VERALTET</translation>
    </message>
    <message>
        <source>Skip looking for processes that use each environment.</source>
        <translation>Die Suche nach Prozessen überspringen, die eine Umgebung benutzen.</translation>
    </message>
    <message>
        <source>Take the validity period for &apos;refresh-due&apos; (VirtualEnvironmentLifetimeDurationInMinutes) from this customer.config (default: the setting cleanup/validityMinutes, 480).</source>
        <translation>Die Gültigkeitsdauer für &apos;refresh-due&apos; (VirtualEnvironmentLifetimeDurationInMinutes) aus dieser customer.config nehmen (Standard: die Einstellung cleanup/validityMinutes, 480).</translation>
    </message>
    <message>
        <source>Lists the environments flagged for removal at the next restart, with what each frees.</source>
        <translation>Listet die zum Entfernen beim nächsten Neustart vorgemerkten Umgebungen auf, jeweils mit dem freiwerdenden Platz.</translation>
    </message>
    <message>
        <source>the pending removals were refused:</source>
        <translation>die vorgemerkten Entfernungen wurden abgelehnt:</translation>
    </message>
    <message>
        <source>Nothing is pending removal in %1.</source>
        <translation>In %1 ist nichts zum Entfernen vorgemerkt.</translation>
    </message>
    <message>
        <source>FREES</source>
        <translation>GIBT FREI</translation>
    </message>
    <message>
        <source>FLAGGED</source>
        <translation>VORGEMERKT</translation>
    </message>
    <message>
        <source>BY</source>
        <translation>VON</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>REASON</source>
        <translation>GRUND</translation>
    </message>
    <message numerus="yes">
        <source>%n environment(s) pending removal</source>
        <translation>
            <numerusform>%n Umgebung zum Entfernen vorgemerkt</numerusform>
            <numerusform>%n Umgebungen zum Entfernen vorgemerkt</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 freed at the next apply-pending</source>
        <translation>, %1 werden beim nächsten apply-pending frei</translation>
    </message>
    <message>
        <source>Pins environments: never proposed for removal (kept in .venvdeck/pins.txt in the root).</source>
        <translation>Heftet Umgebungen an: nie zum Entfernen vorgeschlagen (festgehalten in .venvdeck/pins.txt im Stammordner).</translation>
    </message>
    <message>
        <source>Unpins environments.</source>
        <translation>Löst die Anheftung von Umgebungen.</translation>
    </message>
    <message>
        <source>Pinned: %1</source>
        <translation>Angeheftet: %1</translation>
    </message>
    <message>
        <source>Flag environments for removal at the next restart.</source>
        <translation>Umgebungen zum Entfernen beim nächsten Neustart vormerken.</translation>
    </message>
    <message>
        <source>Take environments off the pending removals.</source>
        <translation>Umgebungen von den vorgemerkten Entfernungen nehmen.</translation>
    </message>
    <message>
        <source>Pin environments: never proposed for removal.</source>
        <translation>Umgebungen anheften: nie zum Entfernen vorgeschlagen.</translation>
    </message>
    <message>
        <source>Unpin environments.</source>
        <translation>Anheftung von Umgebungen lösen.</translation>
    </message>
    <message>
        <source>List the pending removals and what they free.</source>
        <translation>Die vorgemerkten Entfernungen und den freiwerdenden Platz auflisten.</translation>
    </message>
    <message>
        <source>Flag what the staleness rules select (deletes nothing).</source>
        <translation>Vormerken, was die Aufräumregeln auswählen (löscht nichts).</translation>
    </message>
    <message>
        <source>Remove the flagged environments (at boot).</source>
        <translation>Die vorgemerkten Umgebungen entfernen (beim Systemstart).</translation>
    </message>
    <message>
        <source>Remove environments now (--now), if not in use.</source>
        <translation>Umgebungen jetzt entfernen (--now), sofern nicht in Benutzung.</translation>
    </message>
    <message>
        <source>Build (or refresh) the venv of a shell package, driver or requirements file.</source>
        <translation>Das venv eines Shell-Pakets, Treibers oder einer Requirements-Datei erstellen (oder auffrischen).</translation>
    </message>
    <message>
        <source>Install what is new on the package server into a venv.</source>
        <translation>Was auf dem Paketserver neu ist, in ein venv installieren.</translation>
    </message>
    <message>
        <source>List the Pythons found and whether they make venvs.</source>
        <translation>Die gefundenen Pythons auflisten und ob sie venvs anlegen können.</translation>
    </message>
    <message>
        <source>Show packages the index has newer versions of.</source>
        <translation>Pakete zeigen, von denen der Index neuere Versionen hat.</translation>
    </message>
    <message>
        <source>Check that the package index answers.</source>
        <translation>Prüfen, ob der Paketindex antwortet.</translation>
    </message>
    <message>
        <source>A requirements file has no owner: give the owner&apos;s name (and version), or a target name.</source>
        <translation>Eine Requirements-Datei hat keinen Eigentümer: den Namen (und die Version) des Eigentümers oder einen Zielnamen angeben.</translation>
    </message>
    <message>
        <source>No Python %1 was found on this machine.</source>
        <translation>Auf diesem Rechner wurde kein Python %1 gefunden.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be a folder name in the root.</source>
        <translation>&apos;%1&apos; kann kein Ordnername im Stammordner sein.</translation>
    </message>
    <message>
        <source>%1 was not built by VenvDeck, so it has no kept requirements (%2): build it from its package instead.</source>
        <translation>%1 wurde nicht von VenvDeck erstellt und hat daher keine aufbewahrten Anforderungen (%2): stattdessen aus seinem Paket erstellen.</translation>
    </message>
    <message>
        <source>No Python %1 was found on this machine to rebuild %2 with.</source>
        <translation>Auf diesem Rechner wurde kein Python %1 gefunden, um %2 damit neu zu erstellen.</translation>
    </message>
    <message>
        <source>an entry without a name</source>
        <translation>ein Eintrag ohne Namen</translation>
    </message>
    <message>
        <source>a name holding a NUL character</source>
        <translation>ein Name mit einem NUL-Zeichen</translation>
    </message>
    <message>
        <source>an absolute path</source>
        <translation>ein absoluter Pfad</translation>
    </message>
    <message>
        <source>a path that climbs out with &apos;..&apos;</source>
        <translation>ein Pfad, der mit &apos;..&apos; nach außen führt</translation>
    </message>
    <message>
        <source>a link to an absolute path</source>
        <translation>ein Link auf einen absoluten Pfad</translation>
    </message>
    <message>
        <source>a link that leads out of the archive</source>
        <translation>ein Link, der aus dem Archiv hinausführt</translation>
    </message>
    <message>
        <source>is not a zip archive: %1</source>
        <translation>ist kein Zip-Archiv: %1</translation>
    </message>
    <message>
        <source>holds a link without a target (%1); refused</source>
        <translation>enthält einen Link ohne Ziel (%1); abgelehnt</translation>
    </message>
    <message>
        <source>holds an unsafe entry &apos;%1&apos; (%2); the package is refused</source>
        <translation>enthält einen unsicheren Eintrag &apos;%1&apos; (%2); das Paket wird abgelehnt</translation>
    </message>
    <message>
        <source>holds more than %1 entries; refused</source>
        <translation>enthält mehr als %1 Einträge; abgelehnt</translation>
    </message>
    <message>
        <source>would unpack to more than %1 MiB; refused (a zip bomb?)</source>
        <translation>würde auf mehr als %1 MiB entpackt; abgelehnt (eine Zip-Bombe?)</translation>
    </message>
    <message>
        <source>its entry &apos;%1&apos; would unpack to more than %2 MiB; refused (a zip bomb?)</source>
        <translation>sein Eintrag &apos;%1&apos; würde auf mehr als %2 MiB entpackt; abgelehnt (eine Zip-Bombe?)</translation>
    </message>
    <message>
        <source>its entry &apos;%1&apos; cannot be unpacked: %2</source>
        <translation>sein Eintrag &apos;%1&apos; kann nicht entpackt werden: %2</translation>
    </message>
    <message>
        <source>its entry &apos;%1&apos; unpacks to more than %2 MiB; refused (a zip bomb?)</source>
        <translation>sein Eintrag &apos;%1&apos; ergibt entpackt mehr als %2 MiB; abgelehnt (eine Zip-Bombe?)</translation>
    </message>
    <message>
        <source>cannot be opened: %1</source>
        <translation>kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>is larger than %1 MiB; refused</source>
        <translation>ist größer als %1 MiB; abgelehnt</translation>
    </message>
    <message>
        <source>holds no drivermetadata.xml</source>
        <translation>enthält keine drivermetadata.xml</translation>
    </message>
    <message>
        <source>holds no requirements.txt next to drivermetadata.xml</source>
        <translation>enthält keine requirements.txt neben drivermetadata.xml</translation>
    </message>
    <message>
        <source>Driver name</source>
        <translation>Treibername</translation>
    </message>
    <message>
        <source>Driver version</source>
        <translation>Treiberversion</translation>
    </message>
    <message>
        <source>PythonVersion</source>
        <translation>PythonVersion</translation>
    </message>
    <message>
        <source>2  (not set in %1: CloudShell then runs the driver with Python 2)</source>
        <translation>2  (in %1 nicht gesetzt: CloudShell führt den Treiber dann mit Python 2 aus)</translation>
    </message>
    <message>
        <source>template_name</source>
        <translation>template_name</translation>
    </message>
    <message>
        <source>template_version</source>
        <translation>template_version</translation>
    </message>
    <message>
        <source>is neither a shell package (no shell-definition.yaml or metadata.xml) nor a driver zip (no drivermetadata.xml)</source>
        <translation>ist weder ein Shell-Paket (keine shell-definition.yaml oder metadata.xml) noch ein Treiber-Zip (keine drivermetadata.xml)</translation>
    </message>
    <message>
        <source>holds no driver zip</source>
        <translation>enthält kein Treiber-Zip</translation>
    </message>
    <message>
        <source>2nd-generation shell package</source>
        <translation>Shell-Paket der 2. Generation</translation>
    </message>
    <message>
        <source>1st-generation shell package</source>
        <translation>Shell-Paket der 1. Generation</translation>
    </message>
    <message>
        <source>driver zip</source>
        <translation>Treiber-Zip</translation>
    </message>
    <message>
        <source>unpacked driver folder</source>
        <translation>entpackter Treiberordner</translation>
    </message>
    <message>
        <source>requirements file</source>
        <translation>Requirements-Datei</translation>
    </message>
    <message>
        <source>the root element is &lt;%1&gt;, not &lt;Driver&gt;</source>
        <translation>das Wurzelelement ist &lt;%1&gt;, nicht &lt;Driver&gt;</translation>
    </message>
    <message>
        <source>PythonVersion is &quot;%1&quot;; CloudShell knows 2 and 3</source>
        <translation>PythonVersion ist &quot;%1&quot;; CloudShell kennt 2 und 3</translation>
    </message>
    <message>
        <source>the Driver element has no Name</source>
        <translation>das Element Driver hat kein Name</translation>
    </message>
    <message>
        <source>holds no &lt;Driver&gt; element</source>
        <translation>enthält kein Element &lt;Driver&gt;</translation>
    </message>
    <message>
        <source>line %1: the value of %2 has no closing quote</source>
        <translation>Zeile %1: dem Wert von %2 fehlt das schließende Anführungszeichen</translation>
    </message>
    <message>
        <source>has no metadata.template_name</source>
        <translation>hat kein metadata.template_name</translation>
    </message>
    <message>
        <source>has no metadata.template_version</source>
        <translation>hat kein metadata.template_version</translation>
    </message>
    <message>
        <source>cannot be read as a requirements file</source>
        <translation>kann nicht als Requirements-Datei gelesen werden</translation>
    </message>
    <message>
        <source>Waiting for a free build slot</source>
        <translation>Warten auf einen freien Erstellungsplatz</translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation>Vorbereitung</translation>
    </message>
    <message>
        <source>Creating the venv</source>
        <translation>venv wird angelegt</translation>
    </message>
    <message>
        <source>Installing the requirements</source>
        <translation>Anforderungen werden installiert</translation>
    </message>
    <message>
        <source>Finishing</source>
        <translation>Abschluss</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>the offline folder %1</source>
        <translation>der Offline-Ordner %1</translation>
    </message>
    <message>
        <source>No matching distribution found for %1 on %2</source>
        <translation>Keine passende Distribution für %1 auf %2 gefunden</translation>
    </message>
    <message>
        <source> (versions there: %1)</source>
        <translation> (dort vorhandene Versionen: %1)</translation>
    </message>
    <message>
        <source>requirement line %1 is invalid: %2</source>
        <translation>Anforderungszeile %1 ist ungültig: %2</translation>
    </message>
    <message>
        <source>the package index is unreachable (%1)</source>
        <translation>der Paketindex ist nicht erreichbar (%1)</translation>
    </message>
    <message>
        <source>pip failed with exit code %1</source>
        <translation>pip ist mit Exit-Code %1 gescheitert</translation>
    </message>
    <message>
        <source>did not answer within 20 seconds; skipped</source>
        <translation>hat nicht innerhalb von 20 Sekunden geantwortet; übersprungen</translation>
    </message>
    <message>
        <source>cannot be started: %1</source>
        <translation>kann nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>is not a working Python (exit code %1): %2</source>
        <translation>ist kein funktionierendes Python (Exit-Code %1): %2</translation>
    </message>
    <message>
        <source>answered the probe with something that is not JSON</source>
        <translation>hat auf die Abfrage mit etwas geantwortet, das kein JSON ist</translation>
    </message>
    <message>
        <source>%1 cannot be started: %2</source>
        <translation>%1 kann nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 seconds</source>
        <translation>%1 hat nicht innerhalb von %2 Sekunden geantwortet</translation>
    </message>
    <message>
        <source>%1 is not a working Python: %2</source>
        <translation>%1 ist kein funktionierendes Python: %2</translation>
    </message>
    <message>
        <source>%1 answered the probe with something that is not JSON</source>
        <translation>%1 hat auf die Abfrage mit etwas geantwortet, das kein JSON ist</translation>
    </message>
    <message>
        <source>cannot start %1: %2</source>
        <translation>%1 kann nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>cancelled: %1</source>
        <translation>abgebrochen: %1</translation>
    </message>
    <message>
        <source>%1 did not finish within %2 seconds</source>
        <translation>%1 ist nicht innerhalb von %2 Sekunden fertig geworden</translation>
    </message>
    <message>
        <source>%1 failed (exit code %2): %3</source>
        <translation>%1 ist gescheitert (Exit-Code %2): %3</translation>
    </message>
    <message>
        <source>cannot remove the leftover of an interrupted run</source>
        <translation>die Überreste eines unterbrochenen Laufs können nicht entfernt werden</translation>
    </message>
    <message>
        <source>Creating %1 with Python %2…</source>
        <translation>%1 wird mit Python %2 angelegt…</translation>
    </message>
    <message>
        <source>%1: %2 could not be installed offline for Python %3; it holds pip only</source>
        <translation>%1: %2 konnte für Python %3 nicht offline installiert werden; es enthält nur pip</translation>
    </message>
    <message>
        <source>%1: the interpreter could not be copied here, so the broken example has its site-packages removed instead of its base interpreter</source>
        <translation>%1: der Interpreter konnte nicht hierher kopiert werden, daher wurden beim defekten Beispiel die site-packages statt des Basis-Interpreters entfernt</translation>
    </message>
    <message>
        <source>appeared while the demo environment was being made; left as it is</source>
        <translation>ist erschienen, während die Demo-Umgebung angelegt wurde; bleibt, wie es ist</translation>
    </message>
    <message>
        <source>cannot rename %1 into place</source>
        <translation>%1 kann nicht an seinen Platz umbenannt werden</translation>
    </message>
    <message>
        <source>This folder is VenvDeck&apos;s demo root.
VenvDeck made it because the execution server&apos;s venv folder does not exist on this machine. Every environment here is a real venv, made with the Pythons found here and holding real packages installed offline, and named the way a CloudShell execution server names its venvs:

</source>
        <translation>Dieser Ordner ist der Demo-Stammordner von VenvDeck.
VenvDeck hat ihn angelegt, weil der venv-Ordner des Execution Servers auf diesem Rechner nicht existiert. Jede Umgebung hier ist ein echtes venv, angelegt mit den hier gefundenen Pythons, mit echten, offline installierten Paketen, und so benannt, wie ein CloudShell-Execution-Server seine venvs benennt:

</translation>
    </message>
    <message>
        <source>
The older environments have their folder times set back by days, as if they had been made earlier; their packages were installed without byte-compiling, so nothing in them looks used until something runs in them.
</source>
        <translation>
Bei den älteren Umgebungen sind die Ordnerzeiten um Tage zurückgesetzt, als wären sie früher angelegt worden; ihre Pakete wurden ohne Bytecode-Kompilierung installiert, daher wirkt nichts in ihnen benutzt, bis etwas in ihnen läuft.
</translation>
    </message>
    <message>
        <source>
Nothing else uses this folder. It can be deleted at any time; VenvDeck makes it again when it needs it (venvdeck-cli demo).
</source>
        <translation>
Nichts anderes benutzt diesen Ordner. Er kann jederzeit gelöscht werden; VenvDeck legt ihn bei Bedarf neu an (venvdeck-cli demo).
</translation>
    </message>
    <message>
        <source>is a file, not a folder; choose a folder for the demo root</source>
        <translation>ist eine Datei, kein Ordner; einen Ordner für den Demo-Stammordner wählen</translation>
    </message>
    <message>
        <source>is not empty and is not a VenvDeck demo root (it has no %1); VenvDeck makes demo environments only in a new or empty folder</source>
        <translation>ist nicht leer und kein Demo-Stammordner von VenvDeck (es fehlt %1); VenvDeck legt Demo-Umgebungen nur in einem neuen oder leeren Ordner an</translation>
    </message>
    <message>
        <source>Looking for Pythons…</source>
        <translation>Suche nach Pythons…</translation>
    </message>
    <message>
        <source>no Python 3 with the venv module was found on this machine (on Debian: apt install python3-venv); the demo root cannot be made</source>
        <translation>auf diesem Rechner wurde kein Python 3 mit dem venv-Modul gefunden (unter Debian: apt install python3-venv); der Demo-Stammordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>driver build 1_7, superseded by Cisco_IOS_Switch_2G_1_9 (same driver, newer build); Python %1</source>
        <translation>Treiber-Build 1_7, abgelöst durch Cisco_IOS_Switch_2G_1_9 (derselbe Treiber, neuerer Build); Python %1</translation>
    </message>
    <message>
        <source>driver build 1_9, the current one; Python %1</source>
        <translation>Treiber-Build 1_9, der aktuelle; Python %1</translation>
    </message>
    <message>
        <source>script on Python %1: Python-mismatched, the script&apos;s newest venv uses Python %2</source>
        <translation>Skript auf Python %1: Python-Abweichung, das neueste venv des Skripts verwendet Python %2</translation>
    </message>
    <message>
        <source>the same script on Python %1, its current venv</source>
        <translation>dasselbe Skript auf Python %1, sein aktuelles venv</translation>
    </message>
    <message>
        <source>driver with an ownership record (venvdeck.json, owner &quot;VCenter Shell Driver&quot; 4.10); Python %1</source>
        <translation>Treiber mit Eigentümerdatensatz (venvdeck.json, Eigentümer &quot;VCenter Shell Driver&quot; 4.10); Python %1</translation>
    </message>
    <message>
        <source>broken: made with a copy of Python %1 that was removed afterwards, as when a Python is uninstalled under its venvs</source>
        <translation>defekt: angelegt mit einer Kopie von Python %1, die danach entfernt wurde, wie wenn ein Python unter seinen venvs deinstalliert wird</translation>
    </message>
    <message>
        <source>only one Python that can make venvs (%1, %2) was found: the Python-mismatched example needs a second Python version, so &quot;%3&quot; uses the same Python and is not a mismatch here</source>
        <translation>nur ein Python, das venvs anlegen kann (%1, %2), wurde gefunden: das Beispiel mit Python-Abweichung braucht eine zweite Python-Version, daher verwendet &quot;%3&quot; dasselbe Python und ist hier keine Abweichung</translation>
    </message>
    <message>
        <source>cannot create the folder</source>
        <translation>der Ordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot write the marker: %1</source>
        <translation>die Markierungsdatei kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>cancelled; the environments already complete stay, and the next run makes the rest</source>
        <translation>abgebrochen; die bereits fertigen Umgebungen bleiben, und der nächste Lauf legt den Rest an</translation>
    </message>
    <message>
        <source>Demo root ready in %1 s: %2</source>
        <translation>Demo-Stammordner in %1 s bereit: %2</translation>
    </message>
    <message>
        <source>cannot walk the folder: %1</source>
        <translation>der Ordner kann nicht durchlaufen werden: %1</translation>
    </message>
    <message>
        <source>the walk stopped early: %1</source>
        <translation>der Durchlauf endete vorzeitig: %1</translation>
    </message>
    <message>
        <source>vanished during the scan</source>
        <translation>ist während des Einlesens verschwunden</translation>
    </message>
    <message>
        <source>a file, not a venv folder; skipped</source>
        <translation>eine Datei, kein venv-Ordner; übersprungen</translation>
    </message>
    <message>
        <source>a symbolic link to %1; VenvDeck does not follow links in the root</source>
        <translation>ein symbolischer Link auf %1; VenvDeck folgt keinen Links im Stammordner</translation>
    </message>
    <message>
        <source>the folder cannot be read (permission denied)</source>
        <translation>der Ordner kann nicht gelesen werden (Zugriff verweigert)</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <source>pyvenv.cfg cannot be read or is not valid: %1</source>
        <translation>pyvenv.cfg kann nicht gelesen werden oder ist ungültig: %1</translation>
    </message>
    <message>
        <source>the ownership record venvdeck.json is not valid (%1); the owner is inferred from the folder name</source>
        <translation>der Eigentümerdatensatz venvdeck.json ist ungültig (%1); der Eigentümer wird aus dem Ordnernamen abgeleitet</translation>
    </message>
    <message>
        <source>no pyvenv.cfg, no interpreter and no site-packages: not a virtual environment</source>
        <translation>keine pyvenv.cfg, kein Interpreter und keine site-packages: keine virtuelle Umgebung</translation>
    </message>
    <message>
        <source>no pyvenv.cfg and no legacy virtualenv marker (orig-prefix.txt): a half-built venv?</source>
        <translation>keine pyvenv.cfg und keine Markierung eines alten virtualenv (orig-prefix.txt): ein halb erstelltes venv?</translation>
    </message>
    <message>
        <source>the base interpreter %1 no longer exists</source>
        <translation>der Basis-Interpreter %1 existiert nicht mehr</translation>
    </message>
    <message>
        <source>no site-packages folder</source>
        <translation>kein site-packages-Ordner</translation>
    </message>
    <message>
        <source>no interpreter in Scripts\</source>
        <translation>kein Interpreter in Scripts\</translation>
    </message>
    <message>
        <source>no interpreter in bin/</source>
        <translation>kein Interpreter in bin/</translation>
    </message>
    <message>
        <source>a VenvDeck build was interrupted before it completed</source>
        <translation>eine Erstellung durch VenvDeck wurde vor ihrem Abschluss unterbrochen</translation>
    </message>
    <message>
        <source>leftovers of an interrupted pip run: %1</source>
        <translation>Überreste eines unterbrochenen pip-Laufs: %1</translation>
    </message>
    <message>
        <source>its entries unpack to more than %1 MiB together; refused (a zip bomb?)</source>
        <translation>seine Einträge ergeben entpackt zusammen mehr als %1 MiB; abgelehnt (eine Zip-Bombe?)</translation>
    </message>
    <message>
        <source>cannot create %1 (%2); nothing was changed</source>
        <translation>%1 kann nicht angelegt werden (%2); nichts wurde geändert</translation>
    </message>
    <message>
        <source>the disk may be full</source>
        <translation>der Datenträger ist womöglich voll</translation>
    </message>
    <message>
        <source>the root is read-only or not writable for this user</source>
        <translation>der Stammordner ist schreibgeschützt oder für diesen Benutzer nicht beschreibbar</translation>
    </message>
    <message>
        <source>cannot create the lock %1 (%2); nothing was changed</source>
        <translation>die Sperre %1 kann nicht angelegt werden (%2); nichts wurde geändert</translation>
    </message>
    <message>
        <source>%1 is not an http(s) URL; give it as https://host[:port]/simple/.</source>
        <translation>%1 ist keine http(s)-URL; als https://host[:port]/simple/ angeben.</translation>
    </message>
    <message>
        <source>%1 is plain HTTP to %2, which pip ignores unless the host is trusted: use https, or add %2 to the trusted hosts.</source>
        <translation>%1 ist unverschlüsseltes HTTP zu %2, was pip ignoriert, sofern der Host nicht vertrauenswürdig ist: https verwenden oder %2 zu den vertrauenswürdigen Hosts hinzufügen.</translation>
    </message>
    <message>
        <source>%1 did not answer in HTTP (is it a package index? check the URL and the port)</source>
        <translation>%1 hat nicht per HTTP geantwortet (ist es ein Paketindex? URL und Port prüfen)</translation>
    </message>
    <message>
        <source>OK, %1 ms</source>
        <translation>OK, %1 ms</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>der Ordner existiert nicht</translation>
    </message>
    <message>
        <source>no wheels or sdists in the folder</source>
        <translation>keine Wheels oder Sdists im Ordner</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>its name is not valid UTF-8, so VenvDeck cannot read, flag or remove it; rename it (convmv can)</source>
        <translation>sein Name ist kein gültiges UTF-8, daher kann VenvDeck ihn weder lesen noch vormerken noch entfernen; umbenennen (convmv kann das)</translation>
    </message>
    <message>
        <source>cannot keep the scan for the next one (%1); the next scan reads everything again</source>
        <translation>das Einlesen kann nicht für das nächste aufbewahrt werden (%1); das nächste Einlesen liest alles erneut</translation>
    </message>
    <message>
        <source>Read every venv again instead of reusing the last scan&apos;s results for the venvs in which nothing changed (see README, &apos;Rescan cache&apos;).</source>
        <translation>Jedes venv erneut lesen, statt die Ergebnisse des letzten Einlesens für unveränderte venvs wiederzuverwenden (siehe README, &apos;Rescan cache&apos;).</translation>
    </message>
    <message>
        <source>something has that name now</source>
        <translation>dieser Name ist inzwischen vergeben</translation>
    </message>
    <message>
        <source>the rename failed</source>
        <translation>das Umbenennen ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>names %1, which no rebuild of %2 makes; left alone</source>
        <translation>nennt %1, das kein Neuaufbau von %2 anlegt; unverändert gelassen</translation>
    </message>
    <message>
        <source>a rebuild of %1 was interrupted and left no environment under its name; this copy could not be put back (%2)</source>
        <translation>ein Neuaufbau von %1 wurde unterbrochen und hat keine Umgebung unter diesem Namen hinterlassen; diese Kopie konnte nicht zurückgelegt werden (%2)</translation>
    </message>
    <message>
        <source>a rebuild was interrupted before its new environment was in place; the previous environment was put back from %1</source>
        <translation>ein Neuaufbau wurde unterbrochen, bevor seine neue Umgebung bereitstand; die vorherige Umgebung wurde aus %1 zurückgelegt</translation>
    </message>
    <message>
        <source>replaced by a rebuild of %1</source>
        <translation>ersetzt durch eine Neuerstellung von %1</translation>
    </message>
    <message>
        <source>replaced by a rebuild that was interrupted before it flagged it; flagged for removal now</source>
        <translation>durch einen Neuaufbau ersetzt, der vor dem Vormerken unterbrochen wurde; jetzt zum Entfernen vorgemerkt</translation>
    </message>
    <message>
        <source>replaced by an interrupted rebuild, but cannot be flagged for removal (%1); the next run tries again</source>
        <translation>durch einen unterbrochenen Neuaufbau ersetzt, kann aber nicht zum Entfernen vorgemerkt werden (%1); der nächste Lauf versucht es erneut</translation>
    </message>
    <message>
        <source>%1, built later with the same version, uses Python %2, this one Python %3</source>
        <translation>%1, später mit derselben Version erstellt, verwendet Python %2, diese Umgebung Python %3</translation>
    </message>
    <message>
        <source>
%1 holds a driver folder to try Build from Package with (the next build of the Cisco driver).
</source>
        <translation>
%1 enthält einen Treiberordner, mit dem sich „Aus Paket erstellen“ ausprobieren lässt (der nächste Build des Cisco-Treibers).
</translation>
    </message>
    <message>
        <source>cannot write the demo&apos;s build source: %1</source>
        <translation>die Build-Quelle der Demo kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Checking dependencies (as pip check does)</source>
        <translation>Abhängigkeiten prüfen (wie pip check)</translation>
    </message>
    <message>
        <source>the interpreter did not report every marker variable: %1</source>
        <translation>der Interpreter hat nicht jede Marker-Variable gemeldet: %1</translation>
    </message>
    <message>
        <source>the interpreter printed no marker environment: %1</source>
        <translation>der Interpreter hat keine Marker-Umgebung ausgegeben: %1</translation>
    </message>
    <message>
        <source>%1 %2: its requirement &apos;%3&apos; cannot be checked by VenvDeck (%4); `python -m pip check` in the environment can judge it.</source>
        <translation>%1 %2: die Anforderung &apos;%3&apos; kann VenvDeck nicht prüfen (%4); `python -m pip check` in der Umgebung kann sie beurteilen.</translation>
    </message>
    <message>
        <source>not a valid requirement</source>
        <translation>keine gültige Anforderung</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid version specifier</source>
        <translation>&apos;%1&apos; ist keine gültige Versionsangabe</translation>
    </message>
    <message>
        <source>%1 %2 requires %3, which is not installed.</source>
        <translation>%1 %2 benötigt %3, das nicht installiert ist.</translation>
    </message>
    <message>
        <source>%1 %2 has requirement %3, but you have %4 %5.</source>
        <translation>%1 %2 verlangt %3, installiert ist aber %4 %5.</translation>
    </message>
    <message>
        <source>a &apos;)&apos; without its &apos;(&apos;</source>
        <translation>ein &apos;)&apos; ohne sein &apos;(&apos;</translation>
    </message>
    <message>
        <source>expected &apos;and&apos; or &apos;or&apos;</source>
        <translation>&apos;and&apos; oder &apos;or&apos; erwartet</translation>
    </message>
    <message>
        <source>invalid marker &apos;%1&apos;: %2 at column %3</source>
        <translation>ungültiger Marker &apos;%1&apos;: %2 in Spalte %3</translation>
    </message>
    <message>
        <source>parentheses nested more than %1 deep</source>
        <translation>Klammern tiefer als %1 verschachtelt</translation>
    </message>
    <message>
        <source>expected &apos;)&apos;</source>
        <translation>&apos;)&apos; erwartet</translation>
    </message>
    <message>
        <source>expected &apos;and&apos;, &apos;or&apos; or the end</source>
        <translation>&apos;and&apos;, &apos;or&apos; oder das Ende erwartet</translation>
    </message>
    <message>
        <source>expected a variable or a quoted string</source>
        <translation>eine Variable oder eine Zeichenkette in Anführungszeichen erwartet</translation>
    </message>
    <message>
        <source>a string without its closing quote</source>
        <translation>eine Zeichenkette ohne schließendes Anführungszeichen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an environment marker variable</source>
        <translation>&apos;%1&apos; ist keine Variable der Umgebungs-Marker</translation>
    </message>
    <message>
        <source>expected a comparison operator (==, !=, &lt;, &lt;=, &gt;, &gt;=, ~=, ===, in, not in)</source>
        <translation>ein Vergleichsoperator erwartet (==, !=, &lt;, &lt;=, &gt;, &gt;=, ~=, ===, in, not in)</translation>
    </message>
    <message>
        <source>a comparison of two variables</source>
        <translation>ein Vergleich zweier Variablen</translation>
    </message>
    <message>
        <source>a comparison of two quoted strings</source>
        <translation>ein Vergleich zweier Zeichenketten</translation>
    </message>
    <message>
        <source>an empty marker</source>
        <translation>ein leerer Marker</translation>
    </message>
    <message>
        <source>marker &apos;%1&apos;: the environment has no value for %2</source>
        <translation>Marker &apos;%1&apos;: die Umgebung hat keinen Wert für %2</translation>
    </message>
    <message>
        <source>marker &apos;%1&apos;: %2 cannot compare &apos;%3&apos; with &apos;%4&apos;, which are not versions</source>
        <translation>Marker &apos;%1&apos;: %2 kann &apos;%3&apos; nicht mit &apos;%4&apos; vergleichen, da beide keine Versionen sind</translation>
    </message>
</context>
<context>
    <name>venvdeck::AboutDialog</name>
    <message>
        <source>About VenvDeck</source>
        <translation>Über VenvDeck</translation>
    </message>
    <message>
        <source>VenvDeck %1</source>
        <translation>VenvDeck %1</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>noch keiner</translation>
    </message>
    <message>
        <source>Browse, inspect, build and clean up the Python virtual environments a CloudShell execution server keeps.</source>
        <translation>Die virtuellen Python-Umgebungen eines CloudShell Execution Servers durchsuchen, untersuchen, erstellen und aufräumen.</translation>
    </message>
    <message>
        <source>Qt %1 (built with Qt %2)</source>
        <translation>Qt %1 (erstellt mit Qt %2)</translation>
    </message>
    <message>
        <source>Licence: MIT License. Copyright © 2026 The VenvDeck developers.</source>
        <translation>Lizenz: MIT License. Copyright © 2026 The VenvDeck developers.</translation>
    </message>
    <message>
        <source>Root in use: %1</source>
        <translation>Verwendeter Stammordner: %1</translation>
    </message>
    <message>
        <source>Settings: %1</source>
        <translation>Einstellungen: %1</translation>
    </message>
</context>
<context>
    <name>venvdeck::AdminSettings</name>
    <message>
        <source>Choose the venv root.</source>
        <translation>Den venv-Stammordner wählen.</translation>
    </message>
    <message>
        <source>The venv root %1 is not an existing folder: choose one that exists.</source>
        <translation>Der venv-Stammordner %1 ist kein vorhandener Ordner: einen vorhandenen wählen.</translation>
    </message>
    <message>
        <source>The customer.config %1 does not exist: choose the execution server&apos;s file, or leave it empty.</source>
        <translation>Die customer.config %1 existiert nicht: die Datei des Execution Servers wählen oder das Feld leer lassen.</translation>
    </message>
    <message>
        <source>The trusted host &apos;%1&apos; is not a host name: give host or host:port, without http://.</source>
        <translation>Der vertrauenswürdige Host &apos;%1&apos; ist kein Hostname: host oder host:port angeben, ohne http://.</translation>
    </message>
    <message>
        <source>Index URL: %1</source>
        <translation>Index-URL: %1</translation>
    </message>
    <message>
        <source>Extra index URL: %1</source>
        <translation>Zusätzliche Index-URL: %1</translation>
    </message>
    <message>
        <source>An extra index needs an index URL too.</source>
        <translation>Ein zusätzlicher Index braucht auch eine Index-URL.</translation>
    </message>
    <message>
        <source>The offline folder %1 does not exist: choose a folder of wheels and sdists, or leave it empty.</source>
        <translation>Der Offline-Ordner %1 existiert nicht: einen Ordner mit Wheels und Sdists wählen oder das Feld leer lassen.</translation>
    </message>
    <message>
        <source>The validity period must be at least 1 minute.</source>
        <translation>Die Gültigkeitsdauer muss mindestens 1 Minute betragen.</translation>
    </message>
    <message>
        <source>&apos;Unused after&apos; must be 0 days (off) or more.</source>
        <translation>&apos;Ungenutzt nach&apos; muss 0 Tage (aus) oder mehr betragen.</translation>
    </message>
    <message>
        <source>Keep at least the newest environment of each owner (1 or more).</source>
        <translation>Mindestens die neueste Umgebung jedes Eigentümers behalten (1 oder mehr).</translation>
    </message>
    <message>
        <source>Parallel builds must be 0 (one per core) or more.</source>
        <translation>Parallele Erstellungen müssen 0 (eine pro Kern) oder mehr sein.</translation>
    </message>
    <message>
        <source>The build timeout must be 0 (none) or more minutes.</source>
        <translation>Das Zeitlimit der Erstellung muss 0 (keines) oder mehr Minuten betragen.</translation>
    </message>
    <message>
        <source>There is no translation for the language &apos;%1&apos;.</source>
        <translation>Für die Sprache &apos;%1&apos; gibt es keine Übersetzung.</translation>
    </message>
    <message>
        <source>Index URL: %1 (RequirementsRepository)</source>
        <translation>Index-URL: %1 (RequirementsRepository)</translation>
    </message>
    <message>
        <source>Trusted hosts: %1 (RequirementsTrustedHost)</source>
        <translation>Vertrauenswürdige Hosts: %1 (RequirementsTrustedHost)</translation>
    </message>
    <message>
        <source>Extra index URL: %1 (RequirementsExtraRepository)</source>
        <translation>Zusätzliche Index-URL: %1 (RequirementsExtraRepository)</translation>
    </message>
    <message>
        <source>Validity period: %1 minutes (VirtualEnvironmentLifetimeDurationInMinutes)</source>
        <translation>Gültigkeitsdauer: %1 Minuten (VirtualEnvironmentLifetimeDurationInMinutes)</translation>
    </message>
</context>
<context>
    <name>venvdeck::BenchmarkRun</name>
    <message>
        <source>venvdeck: cannot write the benchmark report %1: %2</source>
        <translation>venvdeck: der Messbericht %1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>venvdeck::BuildDialog</name>
    <message>
        <source>Build from Package — %1</source>
        <translation>Aus Paket erstellen — %1</translation>
    </message>
    <message>
        <source>Choose a shell package zip, a driver zip or folder, or a requirements.txt.</source>
        <translation>Ein Shell-Paket (Zip), ein Treiber-Zip oder einen Treiberordner oder eine requirements.txt wählen.</translation>
    </message>
    <message>
        <source>Looking for the Pythons on this machine…</source>
        <translation>Suche nach den Pythons auf diesem Rechner…</translation>
    </message>
    <message>
        <source>Choose a Shell Package, Driver Zip or requirements.txt</source>
        <translation>Shell-Paket, Treiber-Zip oder requirements.txt wählen</translation>
    </message>
    <message>
        <source>Packages and requirements (*.zip *.txt);;All files (*)</source>
        <translation>Pakete und Anforderungen (*.zip *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose a Driver Folder</source>
        <translation>Treiberordner wählen</translation>
    </message>
    <message>
        <source>Choose the Folder of Wheels and Sdists</source>
        <translation>Ordner mit Wheels und Sdists wählen</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>Cannot build from %1:
%2</source>
        <translation>Aus %1 kann nicht erstellt werden:
%2</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Python</source>
        <translation>Python</translation>
    </message>
    <message>
        <source>not given (a script: chosen below)</source>
        <translation>nicht angegeben (ein Skript: unten wählen)</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Anforderungen</translation>
    </message>
    <message>
        <source>  (cannot make venvs)</source>
        <translation>  (kann keine venvs anlegen)</translation>
    </message>
    <message>
        <source>No Python found on this machine</source>
        <translation>Kein Python auf diesem Rechner gefunden</translation>
    </message>
    <message>
        <source>The package names no Python: Python %1 is the default (customer.config&apos;s DefaultPythonVersion, else 3).</source>
        <translation>Das Paket nennt kein Python: Python %1 ist der Standard (DefaultPythonVersion aus customer.config, sonst 3).</translation>
    </message>
    <message>
        <source>The package asks for Python %1 (PythonVersion in drivermetadata.xml).</source>
        <translation>Das Paket verlangt Python %1 (PythonVersion in drivermetadata.xml).</translation>
    </message>
    <message>
        <source>Python %1 cannot make venvs: it has no venv module and virtualenv is not installed for it.</source>
        <translation>Python %1 kann keine venvs anlegen: es hat kein venv-Modul, und virtualenv ist dafür nicht installiert.</translation>
    </message>
    <message>
        <source>The root %1 is not a folder: choose an existing root first.</source>
        <translation>Der Stammordner %1 ist kein Ordner: zuerst einen vorhandenen Stammordner wählen.</translation>
    </message>
    <message>
        <source>Choose what to build.</source>
        <translation>Wählen, was erstellt werden soll.</translation>
    </message>
    <message>
        <source>%1 cannot be built from (see above).</source>
        <translation>Aus %1 kann nicht erstellt werden (siehe oben).</translation>
    </message>
    <message>
        <source>No Python was found on this machine.</source>
        <translation>Auf diesem Rechner wurde kein Python gefunden.</translation>
    </message>
    <message>
        <source>Python %1 cannot make venvs: choose another Python.</source>
        <translation>Python %1 kann keine venvs anlegen: ein anderes Python wählen.</translation>
    </message>
    <message>
        <source>Choose the offline folder of wheels and sdists.</source>
        <translation>Den Offline-Ordner mit Wheels und Sdists wählen.</translation>
    </message>
    <message>
        <source>The offline folder %1 is not a folder.</source>
        <translation>Der Offline-Ordner %1 ist kein Ordner.</translation>
    </message>
    <message>
        <source>An extra index needs an index URL too.</source>
        <translation>Ein zusätzlicher Index braucht auch eine Index-URL.</translation>
    </message>
    <message>
        <source>Ready: %1 in %2</source>
        <translation>Bereit: %1 in %2</translation>
    </message>
    <message>
        <source>Refresh %1</source>
        <translation>%1 auffrischen</translation>
    </message>
    <message>
        <source>Rebuild %1</source>
        <translation>%1 neu erstellen</translation>
    </message>
    <message>
        <source>Python: %1</source>
        <translation>Python: %1</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>%1 %2 in %3 s.</source>
        <translation>%2 in %3 s %1.</translation>
    </message>
    <message>
        <source>Refreshed</source>
        <translation>aufgefrischt</translation>
    </message>
    <message>
        <source>Rebuilt</source>
        <translation>neu erstellt</translation>
    </message>
    <message>
        <source>Built</source>
        <translation>erstellt</translation>
    </message>
    <message>
        <source>Path: %1</source>
        <translation>Pfad: %1</translation>
    </message>
    <message>
        <source>Nothing new installed.</source>
        <translation>Nichts Neues installiert.</translation>
    </message>
    <message numerus="yes">
        <source>Installed %n package(s): </source>
        <translation>
            <numerusform>%n Paket installiert: </numerusform>
            <numerusform>%n Pakete installiert: </numerusform>
        </translation>
    </message>
    <message>
        <source>The previous environment may still be in use, so it was kept as %1.</source>
        <translation>Die vorherige Umgebung ist womöglich noch in Benutzung, daher wurde sie als %1 behalten.</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 was not built: %2</source>
        <translation>%1 wurde nicht erstellt: %2</translation>
    </message>
    <message>
        <source>Log: %1</source>
        <translation>Protokoll: %1</translation>
    </message>
    <message>
        <source>Run in &amp;Background</source>
        <translation>Im Hinter&amp;grund ausführen</translation>
    </message>
    <message>
        <source>Close this dialog; the build goes on and the Builds panel shows it</source>
        <translation>Diesen Dialog schließen; die Erstellung läuft weiter und der Bereich „Erstellungen“ zeigt sie</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Nothing read yet: Choose File… or Choose Folder… above, or type a path and press Enter. What is read from it shows here.</source>
        <translation>Noch nichts gelesen: oben „Datei wählen…“ oder „Ordner wählen…“, oder einen Pfad eingeben und Enter drücken. Was daraus gelesen wird, erscheint hier.</translation>
    </message>
    <message>
        <source>Read: %1.</source>
        <translation>Gelesen: %1.</translation>
    </message>
</context>
<context>
    <name>venvdeck::BuildLogWidget</name>
    <message>
        <source>Build log</source>
        <translation>Erstellungsprotokoll</translation>
    </message>
    <message>
        <source>Open in Editor</source>
        <translation>Im Editor öffnen</translation>
    </message>
    <message>
        <source>Build log text</source>
        <translation>Text des Erstellungsprotokolls</translation>
    </message>
    <message>
        <source>VenvDeck has not built this environment here, so there is no build log. The execution server keeps its own logs; environments built or refreshed with VenvDeck show theirs here.</source>
        <translation>VenvDeck hat diese Umgebung hier nicht erstellt, daher gibt es kein Erstellungsprotokoll. Der Execution Server führt eigene Protokolle; mit VenvDeck erstellte oder aufgefrischte Umgebungen zeigen ihres hier.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 (the last %2 of %3)</source>
        <translation>%1 (die letzten %2 von %3)</translation>
    </message>
</context>
<context>
    <name>venvdeck::BuildQueue</name>
    <message>
        <source>Refreshed in %1 s</source>
        <translation>In %1 s aufgefrischt</translation>
    </message>
    <message>
        <source>Rebuilt in %1 s</source>
        <translation>In %1 s neu erstellt</translation>
    </message>
    <message>
        <source>Built in %1 s</source>
        <translation>In %1 s erstellt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>: %n package(s) collected</source>
        <translation>
            <numerusform>: %n Paket gesammelt</numerusform>
            <numerusform>: %n Pakete gesammelt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n fetched</source>
        <translation>
            <numerusform>, %n heruntergeladen</numerusform>
            <numerusform>, %n heruntergeladen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, installing %n</source>
        <translation>
            <numerusform>, %n wird installiert</numerusform>
            <numerusform>, %n werden installiert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>venvdeck::Builder</name>
    <message>
        <source>The build did not finish within %1 seconds: ending it.</source>
        <translation>Die Erstellung ist nicht innerhalb von %1 Sekunden fertig geworden: sie wird beendet.</translation>
    </message>
    <message>
        <source>did not finish within %1 seconds</source>
        <translation>nicht innerhalb von %1 Sekunden fertig geworden</translation>
    </message>
    <message>
        <source>Cancelled: ending the running process and everything it started.</source>
        <translation>Abgebrochen: der laufende Prozess und alles, was er gestartet hat, wird beendet.</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>the root %1 is not a folder</source>
        <translation>der Stammordner %1 ist kein Ordner</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be an environment&apos;s folder name</source>
        <translation>&apos;%1&apos; kann nicht der Ordnername einer Umgebung sein</translation>
    </message>
    <message>
        <source>VenvDeck %1: %2 in %3</source>
        <translation>VenvDeck %1: %2 in %3</translation>
    </message>
    <message>
        <source>Owner: %1 %2 (%3)</source>
        <translation>Eigentümer: %1 %2 (%3)</translation>
    </message>
    <message>
        <source>Requirements: %1</source>
        <translation>Anforderungen: %1</translation>
    </message>
    <message>
        <source>Packages from: %1</source>
        <translation>Pakete aus: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is being built or removed by another VenvDeck process (%2, pid %3 on %4); try again when it has finished</source>
        <translation>&apos;%1&apos; wird gerade von einem anderen VenvDeck-Prozess erstellt oder entfernt (%2, PID %3 auf %4); erneut versuchen, wenn er fertig ist</translation>
    </message>
    <message>
        <source>Removing %1, left by an interrupted build.</source>
        <translation>%1 wird entfernt, ein Überrest einer unterbrochenen Erstellung.</translation>
    </message>
    <message>
        <source>%1 exists and is not a venv folder; it is left as it is</source>
        <translation>%1 existiert und ist kein venv-Ordner; es bleibt, wie es ist</translation>
    </message>
    <message>
        <source>there is no environment named &apos;%1&apos; in %2 to refresh</source>
        <translation>in %2 gibt es keine Umgebung namens &apos;%1&apos; zum Auffrischen</translation>
    </message>
    <message>
        <source>cannot write the requirements to a temporary file</source>
        <translation>die Anforderungen können nicht in eine temporäre Datei geschrieben werden</translation>
    </message>
    <message>
        <source>Python %1 (%2) has no venv module, and virtualenv is not installed for it: install virtualenv for that Python, or build with Python 3</source>
        <translation>Python %1 (%2) hat kein venv-Modul, und virtualenv ist dafür nicht installiert: virtualenv für dieses Python installieren oder mit Python 3 erstellen</translation>
    </message>
    <message>
        <source>Python %1 (%2) cannot make venvs: its venv or ensurepip module is missing (on Debian: apt install python%3-venv)</source>
        <translation>Python %1 (%2) kann keine venvs anlegen: sein Modul venv oder ensurepip fehlt (unter Debian: apt install python%3-venv)</translation>
    </message>
    <message>
        <source>cannot create a temporary folder next to %1: %2</source>
        <translation>neben %1 kann kein temporärer Ordner angelegt werden: %2</translation>
    </message>
    <message>
        <source>%1 has no working interpreter (%2); rebuild it instead (--rebuild)</source>
        <translation>%1 hat keinen funktionierenden Interpreter (%2); stattdessen neu erstellen (--rebuild)</translation>
    </message>
    <message>
        <source>%1 exists: refreshing it (pip install -r again; installed packages stay as they are).</source>
        <translation>%1 existiert: es wird aufgefrischt (erneut pip install -r; installierte Pakete bleiben, wie sie sind).</translation>
    </message>
    <message>
        <source>cannot start %1: %2</source>
        <translation>%1 kann nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>creating the venv with %1 failed (exit code %2)</source>
        <translation>das Anlegen des venv mit %1 ist gescheitert (Exit-Code %2)</translation>
    </message>
    <message>
        <source>a step failed</source>
        <translation>ein Schritt ist gescheitert</translation>
    </message>
    <message>
        <source>cannot write the ownership record: %1</source>
        <translation>der Eigentümerdatensatz kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>cannot keep a copy of the requirements in %1: %2</source>
        <translation>in %1 kann keine Kopie der Anforderungen aufbewahrt werden: %2</translation>
    </message>
    <message>
        <source>cannot prepare the environment for its final name</source>
        <translation>die Umgebung kann nicht für ihren endgültigen Namen vorbereitet werden</translation>
    </message>
    <message>
        <source>cannot move the old %1 aside; it is left as it is</source>
        <translation>das alte %1 kann nicht beiseitegelegt werden; es bleibt, wie es ist</translation>
    </message>
    <message>
        <source>cannot rename %1 to %2</source>
        <translation>%1 kann nicht in %2 umbenannt werden</translation>
    </message>
    <message>
        <source>The previous environment may still be in use: it was kept as %1 and flagged for removal at the next restart of the execution server.</source>
        <translation>Die vorherige Umgebung ist womöglich noch in Benutzung: sie wurde als %1 behalten und zum Entfernen beim nächsten Neustart des Execution Servers vorgemerkt.</translation>
    </message>
    <message>
        <source>The previous environment may still be in use: it was kept as %1, but could not be flagged for removal (%2). Flag it with &apos;venvdeck-cli flag&apos;.</source>
        <translation>Die vorherige Umgebung ist womöglich noch in Benutzung: sie wurde als %1 behalten, konnte aber nicht zum Entfernen vorgemerkt werden (%2). Mit &apos;venvdeck-cli flag&apos; vormerken.</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Done: %1 %2 in %3 s.</source>
        <translation>Fertig: %1 %2 in %3 s.</translation>
    </message>
    <message>
        <source>the disk may be full</source>
        <translation>der Datenträger ist womöglich voll</translation>
    </message>
    <message>
        <source>the root is not writable</source>
        <translation>der Stammordner ist nicht beschreibbar</translation>
    </message>
    <message>
        <source>cannot create the build lock %1 (%2); nothing was changed</source>
        <translation>die Erstellungssperre %1 kann nicht angelegt werden (%2); nichts wurde geändert</translation>
    </message>
    <message>
        <source>%1 looks like a leftover of an interrupted build but is %2; left alone.</source>
        <translation>%1 sieht wie ein Überbleibsel einer abgebrochenen Erstellung aus, ist aber %2; nicht angetastet.</translation>
    </message>
    <message>
        <source>%1 was left by an interrupted build but is still used by pid %2; left alone.</source>
        <translation>%1 stammt von einer abgebrochenen Erstellung, wird aber noch von PID %2 verwendet; nicht angetastet.</translation>
    </message>
    <message>
        <source>%1 KiB free on %2</source>
        <translation>%1 KiB frei auf %2</translation>
    </message>
    <message>
        <source>a file-size limit (ulimit -f) stopped the build in %1: raise it, then build again</source>
        <translation>eine Dateigrößenbegrenzung (ulimit -f) hat die Erstellung in %1 gestoppt: erhöhen, dann erneut erstellen</translation>
    </message>
    <message>
        <source>the disk holding %1 is full (%2 MiB free): free space there, then build again</source>
        <translation>der Datenträger mit %1 ist voll (%2 MiB frei): dort Platz schaffen, dann erneut erstellen</translation>
    </message>
    <message>
        <source>cannot write %1 (%2); the old %3 is left as it is</source>
        <translation>%1 kann nicht geschrieben werden (%2); das alte %3 bleibt unverändert</translation>
    </message>
    <message>
        <source>cannot run the venv&apos;s Python to read its marker environment for the dependency check (exit code %1)</source>
        <translation>das Python des venv lässt sich nicht ausführen, um seine Marker-Umgebung für die Abhängigkeitsprüfung zu lesen (Exit-Code %1)</translation>
    </message>
    <message>
        <source>cannot check the installed dependencies: %1</source>
        <translation>die installierten Abhängigkeiten lassen sich nicht prüfen: %1</translation>
    </message>
    <message>
        <source>Checking the installed dependencies as pip check does: every requirement of every distribution on the venv&apos;s sys.path whose marker applies to Python %1 (%2, %3, %4).</source>
        <translation>Die installierten Abhängigkeiten werden wie von pip check geprüft: jede Anforderung jeder Distribution auf dem sys.path des venv, deren Marker für Python %1 gilt (%2, %3, %4).</translation>
    </message>
    <message>
        <source>broken dependencies: installed packages require packages that are not installed, or other versions of them</source>
        <translation>defekte Abhängigkeiten: installierte Pakete benötigen Pakete, die nicht installiert sind, oder andere Versionen davon</translation>
    </message>
    <message>
        <source>the installed dependencies could not all be checked</source>
        <translation>die installierten Abhängigkeiten konnten nicht alle geprüft werden</translation>
    </message>
    <message numerus="yes">
        <source>No broken requirements found: %n requirement(s) of %1 distribution(s) checked.</source>
        <translation>
            <numerusform>Keine verletzten Anforderungen gefunden: %n Anforderung von %1 Distribution(en) geprüft.</numerusform>
            <numerusform>Keine verletzten Anforderungen gefunden: %n Anforderungen von %1 Distribution(en) geprüft.</numerusform>
        </translation>
    </message>
    <message>
        <source>(a script that prints the marker environment and sys.path, for the dependency check)</source>
        <translation>(ein Skript, das die Marker-Umgebung und sys.path ausgibt, für die Abhängigkeitsprüfung)</translation>
    </message>
</context>
<context>
    <name>venvdeck::BuildsPanel</name>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Builds</source>
        <translation>Erstellungen</translation>
    </message>
    <message>
        <source>C&amp;lear Finished</source>
        <translation>Beendete ent&amp;fernen</translation>
    </message>
    <message>
        <source>Remove the builds that have ended from this list</source>
        <translation>Die beendeten Erstellungen aus dieser Liste entfernen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel the build of %1</source>
        <translation>Die Erstellung von %1 abbrechen</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Show the log of the build of %1</source>
        <translation>Das Protokoll der Erstellung von %1 zeigen</translation>
    </message>
    <message>
        <source>No builds yet: File → Build from Package… starts one.</source>
        <translation>Noch keine Erstellungen: Datei → Aus Paket erstellen… startet eine.</translation>
    </message>
    <message numerus="yes">
        <source>%n running</source>
        <translation>
            <numerusform>%n läuft</numerusform>
            <numerusform>%n laufen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finished</source>
        <translation>
            <numerusform>%n beendet</numerusform>
            <numerusform>%n beendet</numerusform>
        </translation>
    </message>
    <message>
        <source>Build Log — %1</source>
        <translation>Erstellungsprotokoll — %1</translation>
    </message>
    <message>
        <source>Log file: %1</source>
        <translation>Protokolldatei: %1</translation>
    </message>
</context>
<context>
    <name>venvdeck::CleanupDialog</name>
    <message>
        <source>%1 (pid %2)</source>
        <translation>%1 (PID %2)</translation>
    </message>
    <message>
        <source>Cleanup — %1</source>
        <translation>Aufräumen — %1</translation>
    </message>
    <message>
        <source>The default policy is what the window marks as stale and what venvdeck-cli prune (and the daily venvdeck-prune timer) flags.</source>
        <translation>Die Standardrichtlinie bestimmt, was das Fenster als veraltet markiert und was venvdeck-cli prune (und der tägliche venvdeck-prune-Timer) vormerkt.</translation>
    </message>
    <message>
        <source>Checking the rules and the processes that use each environment…</source>
        <translation>Die Regeln und die Prozesse, die jede Umgebung verwenden, werden geprüft…</translation>
    </message>
    <message numerus="yes">
        <source>Validity period: %n minute(s) (VirtualEnvironmentLifetimeDurationInMinutes, in Settings).</source>
        <translation>
            <numerusform>Gültigkeitsdauer: %n Minute (VirtualEnvironmentLifetimeDurationInMinutes, in den Einstellungen).</numerusform>
            <numerusform>Gültigkeitsdauer: %n Minuten (VirtualEnvironmentLifetimeDurationInMinutes, in den Einstellungen).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n environment(s) are older and due for a refresh: that is shown, never a reason to remove.</source>
        <translation>
            <numerusform>%n Umgebung ist älter und zur Auffrischung fällig: das wird angezeigt, ist aber nie ein Grund zum Entfernen.</numerusform>
            <numerusform>%n Umgebungen sind älter und zur Auffrischung fällig: das wird angezeigt, ist aber nie ein Grund zum Entfernen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Already flagged</source>
        <translation>Bereits vorgemerkt</translation>
    </message>
    <message>
        <source>Flag only: in use</source>
        <translation>Nur vormerken: in Benutzung</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>in use by %1: removed at the next restart, not now</source>
        <translation>in Benutzung durch %1: wird beim nächsten Neustart entfernt, nicht jetzt</translation>
    </message>
    <message>
        <source>whether a process uses it cannot be told here: flag only</source>
        <translation>ob ein Prozess sie verwendet, lässt sich hier nicht feststellen: nur vormerken</translation>
    </message>
    <message>
        <source>Kept: pinned</source>
        <translation>Behalten: angeheftet</translation>
    </message>
    <message>
        <source>Kept: %1</source>
        <translation>Behalten: %1</translation>
    </message>
    <message>
        <source>Kept: its rules are not in the policy</source>
        <translation>Behalten: ihre Regeln sind nicht in der Richtlinie</translation>
    </message>
    <message>
        <source>in use by %1</source>
        <translation>in Benutzung durch %1</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>nicht bekannt</translation>
    </message>
    <message>
        <source>Computing what the policy selects…</source>
        <translation>Auswahl der Richtlinie wird berechnet…</translation>
    </message>
    <message>
        <source>The policy selects nothing in %1.</source>
        <translation>Die Richtlinie wählt in %1 nichts aus.</translation>
    </message>
    <message numerus="yes">
        <source>Selects %n environment(s): %1 reclaimable.</source>
        <translation>
            <numerusform>Wählt %n Umgebung aus: %1 freigebbar.</numerusform>
            <numerusform>Wählt %n Umgebungen aus: %1 freigebbar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more with a stale reason are kept, with why.</source>
        <translation>
            <numerusform>%n weitere mit einem Grund für „veraltet“ wird behalten, mit Begründung.</numerusform>
            <numerusform>%n weitere mit einem Grund für „veraltet“ werden behalten, mit Begründung.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Remove %n Now…</source>
        <translation>
            <numerusform>%n jetzt &amp;entfernen…</numerusform>
            <numerusform>%n jetzt &amp;entfernen…</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Remove Now…</source>
        <translation>&amp;Jetzt entfernen…</translation>
    </message>
    <message numerus="yes">
        <source>%n environment(s) flagged for removal at the next restart.</source>
        <translation>
            <numerusform>%n Umgebung zum Entfernen beim nächsten Neustart vorgemerkt.</numerusform>
            <numerusform>%n Umgebungen zum Entfernen beim nächsten Neustart vorgemerkt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Flag for Removal</source>
        <translation>Zum Entfernen vormerken</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Remove Now</source>
        <translation>Jetzt entfernen</translation>
    </message>
    <message numerus="yes">
        <source>Remove these %n environment(s) now? This cannot be undone.</source>
        <translation>
            <numerusform>Diese %n Umgebung jetzt entfernen? Das kann nicht rückgängig gemacht werden.</numerusform>
            <numerusform>Diese %n Umgebungen jetzt entfernen? Das kann nicht rückgängig gemacht werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>An environment that a process starts using meanwhile, or that a build holds, is not removed: it stays flagged for the next restart.</source>
        <translation>Eine Umgebung, die ein Prozess inzwischen zu verwenden beginnt oder die eine Erstellung belegt, wird nicht entfernt: sie bleibt für den nächsten Neustart vorgemerkt.</translation>
    </message>
    <message>
        <source>removed now from the VenvDeck Cleanup dialog</source>
        <translation>jetzt über den Aufräumen-Dialog von VenvDeck entfernt</translation>
    </message>
    <message numerus="yes">
        <source>Removing %n environment(s)…</source>
        <translation>
            <numerusform>%n Umgebung wird entfernt…</numerusform>
            <numerusform>%n Umgebungen werden entfernt…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n environment(s) removed.</source>
        <translation>
            <numerusform>%n Umgebung entfernt.</numerusform>
            <numerusform>%n Umgebungen entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved as the default policy.</source>
        <translation>Als Standardrichtlinie gespeichert.</translation>
    </message>
</context>
<context>
    <name>venvdeck::DependencyTreeWidget</name>
    <message>
        <source>Direction of the dependency tree</source>
        <translation>Richtung des Abhängigkeitsbaums</translation>
    </message>
    <message>
        <source>What each package requires</source>
        <translation>Was jedes Paket benötigt</translation>
    </message>
    <message>
        <source>What requires each package</source>
        <translation>Wovon jedes Paket benötigt wird</translation>
    </message>
    <message>
        <source>Filter by package name</source>
        <translation>Nach Paketname filtern</translation>
    </message>
    <message>
        <source>Filter dependencies</source>
        <translation>Abhängigkeiten filtern</translation>
    </message>
    <message>
        <source>Dependency tree</source>
        <translation>Abhängigkeitsbaum</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Installiert</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Anforderung</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>installed on request</source>
        <translation>auf Wunsch installiert</translation>
    </message>
    <message>
        <source>required by nothing</source>
        <translation>von nichts benötigt</translation>
    </message>
    <message>
        <source>required by nothing installed here</source>
        <translation>von nichts hier Installiertem benötigt</translation>
    </message>
    <message numerus="yes">
        <source>%n top-level package(s)</source>
        <translation>
            <numerusform>%n Paket der obersten Ebene</numerusform>
            <numerusform>%n Pakete der obersten Ebene</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n package(s)</source>
        <translation>
            <numerusform>%n Paket</numerusform>
            <numerusform>%n Pakete</numerusform>
        </translation>
    </message>
    <message>
        <source>not installed</source>
        <translation>nicht installiert</translation>
    </message>
    <message>
        <source>optional, for the extra &apos;%1&apos;</source>
        <translation>optional, für das Extra &apos;%1&apos;</translation>
    </message>
    <message>
        <source>missing: pip check would report it</source>
        <translation>fehlt: pip check würde es melden</translation>
    </message>
    <message>
        <source>only where its marker applies</source>
        <translation>nur, wo sein Marker zutrifft</translation>
    </message>
    <message>
        <source>cycle: already shown above</source>
        <translation>Zyklus: bereits weiter oben gezeigt</translation>
    </message>
    <message>
        <source>what it requires is shown above</source>
        <translation>was es benötigt, steht weiter oben</translation>
    </message>
    <message>
        <source>what requires it is shown above</source>
        <translation>wovon es benötigt wird, steht weiter oben</translation>
    </message>
    <message>
        <source>%1. Double-click to go to the row that shows it.</source>
        <translation>%1. Doppelklick springt zur Zeile, die es zeigt.</translation>
    </message>
    <message numerus="yes">
        <source>not followed further: %n level(s) deep</source>
        <translation>
            <numerusform>nicht weiter verfolgt: %n Ebene tief</numerusform>
            <numerusform>nicht weiter verfolgt: %n Ebenen tief</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>venvdeck::EnvironmentDetailsWidget</name>
    <message>
        <source>not known</source>
        <translation>nicht bekannt</translation>
    </message>
    <message>
        <source>POSIX (bin/, lib/pythonX.Y/site-packages)</source>
        <translation>POSIX (bin/, lib/pythonX.Y/site-packages)</translation>
    </message>
    <message>
        <source>Windows (Scripts\, Lib\site-packages)</source>
        <translation>Windows (Scripts\, Lib\site-packages)</translation>
    </message>
    <message>
        <source>not recognised</source>
        <translation>nicht erkannt</translation>
    </message>
    <message>
        <source>Shell driver</source>
        <translation>Shell-Treiber</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>Skript</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Broken</source>
        <translation>Defekt</translation>
    </message>
    <message>
        <source>Not a virtual environment</source>
        <translation>Keine virtuelle Umgebung</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 Byte)</translation>
    </message>
    <message>
        <source>Select an environment to see its details.</source>
        <translation>Eine Umgebung auswählen, um ihre Details zu sehen.</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>Über&amp;blick</translation>
    </message>
    <message>
        <source>&amp;Packages</source>
        <translation>&amp;Pakete</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Path:</source>
        <translation>Pfad:</translation>
    </message>
    <message>
        <source>Open &amp;Folder</source>
        <translation>&amp;Ordner öffnen</translation>
    </message>
    <message>
        <source>&amp;Copy Path</source>
        <translation>Pfad &amp;kopieren</translation>
    </message>
    <message>
        <source>Layout:</source>
        <translation>Aufbau:</translation>
    </message>
    <message>
        <source>Site-packages:</source>
        <translation>site-packages:</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Apparent:</source>
        <translation>Scheinbar:</translation>
    </message>
    <message>
        <source>Allocated on disk:</source>
        <translation>Auf dem Datenträger belegt:</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>Dateien:</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Quelle:</translation>
    </message>
    <message>
        <source>Unique id:</source>
        <translation>Eindeutige ID:</translation>
    </message>
    <message>
        <source>Built at:</source>
        <translation>Erstellt am:</translation>
    </message>
    <message>
        <source>Built by:</source>
        <translation>Erstellt von:</translation>
    </message>
    <message>
        <source>Requirements SHA-256:</source>
        <translation>SHA-256 der Anforderungen:</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Zeiten</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Angelegt:</translation>
    </message>
    <message>
        <source>Modified:</source>
        <translation>Geändert:</translation>
    </message>
    <message>
        <source>Last used:</source>
        <translation>Zuletzt verwendet:</translation>
    </message>
    <message>
        <source>Python</source>
        <translation>Python</translation>
    </message>
    <message>
        <source>Implementation:</source>
        <translation>Implementierung:</translation>
    </message>
    <message>
        <source>Base interpreter:</source>
        <translation>Basis-Interpreter:</translation>
    </message>
    <message>
        <source>Venv interpreter:</source>
        <translation>venv-Interpreter:</translation>
    </message>
    <message>
        <source>System site-packages:</source>
        <translation>System-site-packages:</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Health:</source>
        <translation>Zustand:</translation>
    </message>
    <message>
        <source>Reasons:</source>
        <translation>Gründe:</translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation>Probleme:</translation>
    </message>
    <message>
        <source>Filter packages by name</source>
        <translation>Pakete nach Name filtern</translation>
    </message>
    <message>
        <source>Filter packages</source>
        <translation>Pakete filtern</translation>
    </message>
    <message>
        <source>Installed packages</source>
        <translation>Installierte Pakete</translation>
    </message>
    <message numerus="yes">
        <source>%n package(s)</source>
        <translation>
            <numerusform>%n Paket</numerusform>
            <numerusform>%n Pakete</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n package(s)</source>
        <translation>
            <numerusform>%1 von %n Paket</numerusform>
            <numerusform>%1 von %n Paketen</numerusform>
        </translation>
    </message>
    <message>
        <source>Python %1</source>
        <translation>Python %1</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>keins gefunden</translation>
    </message>
    <message>
        <source>from venvdeck.json (the ownership record)</source>
        <translation>aus venvdeck.json (dem Eigentümerdatensatz)</translation>
    </message>
    <message>
        <source>build %1</source>
        <translation>Build %1</translation>
    </message>
    <message>
        <source>inferred from the folder name</source>
        <translation>aus dem Ordnernamen abgeleitet</translation>
    </message>
    <message>
        <source>%1 (cannot be checked on this system)</source>
        <translation>%1 (auf diesem System nicht prüfbar)</translation>
    </message>
    <message>
        <source>%1 (exists)</source>
        <translation>%1 (vorhanden)</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1 (fehlt)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>included</source>
        <translation>eingeschlossen</translation>
    </message>
    <message>
        <source>not included</source>
        <translation>nicht eingeschlossen</translation>
    </message>
    <message>
        <source>not computed</source>
        <translation>nicht berechnet</translation>
    </message>
    <message>
        <source>%1 (source: %2)</source>
        <translation>%1 (Quelle: %2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&amp;Dependencies</source>
        <translation>Abhän&amp;gigkeiten</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>Pro&amp;tokoll</translation>
    </message>
    <message>
        <source>Cleanup</source>
        <translation>Aufräumen</translation>
    </message>
    <message>
        <source>Stale:</source>
        <translation>Veraltet:</translation>
    </message>
    <message>
        <source>Kept:</source>
        <translation>Behalten:</translation>
    </message>
    <message>
        <source>Removal:</source>
        <translation>Entfernen:</translation>
    </message>
    <message>
        <source>In use by:</source>
        <translation>In Benutzung durch:</translation>
    </message>
    <message>
        <source>no rule applies</source>
        <translation>keine Regel trifft zu</translation>
    </message>
    <message>
        <source>pinned: never proposed for removal</source>
        <translation>angeheftet: nie zum Entfernen vorgeschlagen</translation>
    </message>
    <message>
        <source>flagged: removed at the next restart</source>
        <translation>vorgemerkt: wird beim nächsten Neustart entfernt</translation>
    </message>
    <message>
        <source>proposed by the staleness rules, not flagged</source>
        <translation>von den Aufräumregeln vorgeschlagen, nicht vorgemerkt</translation>
    </message>
    <message>
        <source>not flagged</source>
        <translation>nicht vorgemerkt</translation>
    </message>
    <message>
        <source>%1 (pid %2)</source>
        <translation>%1 (PID %2)</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <source>no process</source>
        <translation>kein Prozess</translation>
    </message>
    <message numerus="yes">
        <source>%n update(s)</source>
        <translation>
            <numerusform>%n Aktualisierung</numerusform>
            <numerusform>%n Aktualisierungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>venvdeck::EnvironmentGroupModel</name>
    <message>
        <source>(owner not known)</source>
        <translation>(Eigentümer nicht bekannt)</translation>
    </message>
    <message numerus="yes">
        <source>%n environment(s)</source>
        <translation>
            <numerusform>%n Umgebung</numerusform>
            <numerusform>%n Umgebungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>venvdeck::EnvironmentTableModel</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Broken</source>
        <translation>Defekt</translation>
    </message>
    <message>
        <source>Not a virtual environment</source>
        <translation>Keine virtuelle Umgebung</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>Treiber</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>Skript</translation>
    </message>
    <message>
        <source>Unknown kind</source>
        <translation>Unbekannte Art</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>Python version (implementation)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>, </source>
        <comment>separator between flags</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>from its ownership record (venvdeck.json)</source>
        <translation>aus seinem Eigentümerdatensatz (venvdeck.json)</translation>
    </message>
    <message>
        <source>inferred from the folder name</source>
        <translation>aus dem Ordnernamen abgeleitet</translation>
    </message>
    <message>
        <source>Owner version, %1</source>
        <translation>Eigentümerversion, %1</translation>
    </message>
    <message>
        <source>Build numbers, %1</source>
        <translation>Build-Nummern, %1</translation>
    </message>
    <message>
        <source>%1 “%2”, %3</source>
        <translation>%1 „%2“, %3</translation>
    </message>
    <message>
        <source>Made from %1</source>
        <translation>Angelegt mit %1</translation>
    </message>
    <message numerus="yes">
        <source>%n installed distribution(s)</source>
        <translation>
            <numerusform>%n installierte Distribution</numerusform>
            <numerusform>%n installierte Distributionen</numerusform>
        </translation>
    </message>
    <message>
        <source>Sizes were not computed</source>
        <translation>Größen wurden nicht berechnet</translation>
    </message>
    <message numerus="yes">
        <source>Apparent size %1, allocated on disk %2, %n file(s)</source>
        <translation>
            <numerusform>Scheinbare Größe %1, auf dem Datenträger belegt %2, %n Datei</numerusform>
            <numerusform>Scheinbare Größe %1, auf dem Datenträger belegt %2, %n Dateien</numerusform>
        </translation>
    </message>
    <message>
        <source>Last use not known</source>
        <translation>Letzte Verwendung nicht bekannt</translation>
    </message>
    <message>
        <source>Last used %1
Source: %2</source>
        <translation>Zuletzt verwendet %1
Quelle: %2</translation>
    </message>
    <message>
        <source>Part of VenvDeck&apos;s demo root, not a real execution server</source>
        <translation>Teil des Demo-Stammordners von VenvDeck, kein echter Execution Server</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Owner version or build numbers</source>
        <translation>Eigentümerversion oder Build-Nummern</translation>
    </message>
    <message>
        <source>Python</source>
        <translation>Python</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>Pakete</translation>
    </message>
    <message>
        <source>Installed distributions</source>
        <translation>Installierte Distributionen</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Apparent size, with a bar relative to the largest</source>
        <translation>Scheinbare Größe, mit einem Balken im Verhältnis zur größten</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Zuletzt verwendet</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Merkmale</translation>
    </message>
    <message>
        <source>broken</source>
        <translation>defekt</translation>
    </message>
    <message>
        <source>not a venv</source>
        <translation>kein venv</translation>
    </message>
    <message>
        <source>demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>pinned</source>
        <translation>angeheftet</translation>
    </message>
    <message>
        <source>pending removal</source>
        <translation>zum Entfernen vorgemerkt</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>in Benutzung</translation>
    </message>
    <message>
        <source>superseded</source>
        <translation>abgelöst</translation>
    </message>
    <message>
        <source>Python mismatch</source>
        <translation>Python-Abweichung</translation>
    </message>
    <message>
        <source>unused</source>
        <translation>ungenutzt</translation>
    </message>
    <message>
        <source>refresh due</source>
        <translation>Auffrischung fällig</translation>
    </message>
    <message>
        <source>stale</source>
        <translation>veraltet</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>wird geprüft…</translation>
    </message>
    <message>
        <source>Not checked: Environment → Check for Updates asks the package index</source>
        <translation>Nicht geprüft: Umgebung → Auf Aktualisierungen prüfen fragt den Paketindex</translation>
    </message>
    <message>
        <source>Updates</source>
        <translation>Aktualisierungen</translation>
    </message>
    <message>
        <source>Packages with a newer version on the package index</source>
        <translation>Pakete mit einer neueren Version im Paketindex</translation>
    </message>
</context>
<context>
    <name>venvdeck::IndexClient</name>
    <message>
        <source>not an http(s) URL; give the index as https://host/simple/</source>
        <translation>keine http(s)-URL; den Index als https://host/simple/ angeben</translation>
    </message>
    <message>
        <source>plain HTTP to %1, which is not a trusted host; use https or add --trusted-host %1</source>
        <translation>unverschlüsseltes HTTP zu %1, das kein vertrauenswürdiger Host ist; https verwenden oder --trusted-host %1 hinzufügen</translation>
    </message>
    <message>
        <source>too many redirects (more than %1)</source>
        <translation>zu viele Weiterleitungen (mehr als %1)</translation>
    </message>
    <message>
        <source>redirect to %1 refused (it would send credentials to another host, leave HTTPS or reach an untrusted plain-HTTP host)</source>
        <translation>Weiterleitung zu %1 abgelehnt (sie würde Anmeldedaten an einen anderen Host senden, HTTPS verlassen oder einen nicht vertrauenswürdigen Host über unverschlüsseltes HTTP erreichen)</translation>
    </message>
    <message>
        <source>the answer is larger than %1 MiB; aborted (a wrong URL, or raise the limit)</source>
        <translation>die Antwort ist größer als %1 MiB; abgebrochen (eine falsche URL, oder die Grenze erhöhen)</translation>
    </message>
    <message>
        <source>too many redirects (%1 followed without reaching a page)</source>
        <translation>zu viele Weiterleitungen (%1 gefolgt, ohne eine Seite zu erreichen)</translation>
    </message>
    <message>
        <source>unexpected HTTP status %1</source>
        <translation>unerwarteter HTTP-Status %1</translation>
    </message>
    <message>
        <source>%1 sent its answer too slowly (not complete after %2 s); aborted</source>
        <translation>%1 hat seine Antwort zu langsam gesendet (nach %2 s nicht vollständig); abgebrochen</translation>
    </message>
    <message>
        <source>%1 stopped sending in the middle of its answer (nothing for %2 s); aborted</source>
        <translation>%1 hat mitten in seiner Antwort aufgehört zu senden (%2 s lang nichts); abgebrochen</translation>
    </message>
    <message>
        <source>the compressed answer from %1 inflates far beyond its size (a gzip bomb?); aborted</source>
        <translation>die komprimierte Antwort von %1 wächst beim Entpacken weit über ihre Größe hinaus (eine Gzip-Bombe?); abgebrochen</translation>
    </message>
</context>
<context>
    <name>venvdeck::IndexConfiguration</name>
    <message>
        <source>the command line</source>
        <translation>die Befehlszeile</translation>
    </message>
    <message>
        <source>customer.config %1</source>
        <translation>customer.config %1</translation>
    </message>
    <message>
        <source>VenvDeck&apos;s settings</source>
        <translation>die Einstellungen von VenvDeck</translation>
    </message>
    <message>
        <source>the default (nothing names an index)</source>
        <translation>der Standard (nichts nennt einen Index)</translation>
    </message>
    <message>
        <source>no package index is configured</source>
        <translation>kein Paketindex ist eingerichtet</translation>
    </message>
</context>
<context>
    <name>venvdeck::IndexHealthReport</name>
    <message>
        <source>Package server: not checked yet</source>
        <translation>Paketserver: noch nicht geprüft</translation>
    </message>
    <message>
        <source>Package server: checking…</source>
        <translation>Paketserver: wird geprüft…</translation>
    </message>
    <message>
        <source>Package server: none configured</source>
        <translation>Paketserver: keiner eingerichtet</translation>
    </message>
    <message>
        <source>Package server: %1</source>
        <translation>Paketserver: %1</translation>
    </message>
    <message numerus="yes">
        <source>Package server: offline folder, %n file(s)</source>
        <translation>
            <numerusform>Paketserver: Offline-Ordner, %n Datei</numerusform>
            <numerusform>Paketserver: Offline-Ordner, %n Dateien</numerusform>
        </translation>
    </message>
    <message>
        <source>Package server: offline folder: %1</source>
        <translation>Paketserver: Offline-Ordner: %1</translation>
    </message>
    <message>
        <source>; extra index: %1</source>
        <translation>; zusätzlicher Index: %1</translation>
    </message>
    <message>
        <source>No package index is configured: set one in Settings, or the execution server&apos;s customer.config (RequirementsRepository).</source>
        <translation>Kein Paketindex ist eingerichtet: einen in den Einstellungen festlegen oder in der customer.config des Execution Servers (RequirementsRepository).</translation>
    </message>
    <message>
        <source>Offline folder</source>
        <translation>Offline-Ordner</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>Index</translation>
    </message>
    <message>
        <source>Extra index</source>
        <translation>Zusätzlicher Index</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n Datei</numerusform>
            <numerusform>%n Dateien</numerusform>
        </translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Configured in %1</source>
        <translation>Eingerichtet in %1</translation>
    </message>
    <message>
        <source>Checked at %1</source>
        <translation>Geprüft um %1</translation>
    </message>
</context>
<context>
    <name>venvdeck::IndexOptions</name>
    <message>
        <source>offline, from the folder %1</source>
        <translation>offline, aus dem Ordner %1</translation>
    </message>
    <message>
        <source>index %1</source>
        <translation>Index %1</translation>
    </message>
    <message>
        <source>extra index %1</source>
        <translation>zusätzlicher Index %1</translation>
    </message>
    <message>
        <source>trusted host %1</source>
        <translation>vertrauenswürdiger Host %1</translation>
    </message>
    <message>
        <source>pip&apos;s own configuration (PyPI unless pip.conf says otherwise)</source>
        <translation>die eigene Konfiguration von pip (PyPI, sofern pip.conf nichts anderes sagt)</translation>
    </message>
</context>
<context>
    <name>venvdeck::IndexService</name>
    <message>
        <source>no package index is configured</source>
        <translation>kein Paketindex ist eingerichtet</translation>
    </message>
</context>
<context>
    <name>venvdeck::MainWindow</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weitere</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Open Root</source>
        <translation>Stammordner öffnen</translation>
    </message>
    <message>
        <source>%1 (demo)</source>
        <translation>%1 (Demo)</translation>
    </message>
    <message>
        <source>No recent roots</source>
        <translation>Keine zuletzt geöffneten Stammordner</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <source>Preparing the demo root in %1…</source>
        <translation>Der Demo-Stammordner in %1 wird vorbereitet…</translation>
    </message>
    <message>
        <source>Scanning…</source>
        <translation>Wird eingelesen…</translation>
    </message>
    <message>
        <source>Scanning %1…</source>
        <translation>%1 wird eingelesen…</translation>
    </message>
    <message>
        <source>Scan cancelled: the table shows what was read so far.</source>
        <translation>Einlesen abgebrochen: die Tabelle zeigt, was bis dahin gelesen wurde.</translation>
    </message>
    <message>
        <source>All environments</source>
        <translation>Alle Umgebungen</translation>
    </message>
    <message>
        <source>Broken (%1)</source>
        <translation>Defekt (%1)</translation>
    </message>
    <message>
        <source>Not a venv (%1)</source>
        <translation>Kein venv (%1)</translation>
    </message>
    <message>
        <source>Python %1</source>
        <translation>Python %1</translation>
    </message>
    <message>
        <source>VenvDeck</source>
        <translation>VenvDeck</translation>
    </message>
    <message>
        <source>VenvDeck — %1 (demo)</source>
        <translation>VenvDeck — %1 (Demo)</translation>
    </message>
    <message>
        <source>VenvDeck — %1</source>
        <translation>VenvDeck — %1</translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %n environment(s)</source>
        <translation>
            <numerusform>%1 von %n Umgebung angezeigt</numerusform>
            <numerusform>%1 von %n Umgebungen angezeigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n environment(s)</source>
        <translation>
            <numerusform>%n Umgebung</numerusform>
            <numerusform>%n Umgebungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n broken</source>
        <translation>
            <numerusform>%n defekt</numerusform>
            <numerusform>%n defekt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not a venv</source>
        <translation>
            <numerusform>%n kein venv</numerusform>
            <numerusform>%n keine venvs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) while scanning</source>
        <translation>
            <numerusform>%n Problem beim Einlesen</numerusform>
            <numerusform>%n Probleme beim Einlesen</numerusform>
        </translation>
    </message>
    <message>
        <source>demo root</source>
        <translation>Demo-Stammordner</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Cancel Scan</source>
        <translation>Einlesen &amp;abbrechen</translation>
    </message>
    <message>
        <source>VenvDeck looked there because of %1.</source>
        <translation>Festgelegt durch: %1.</translation>
    </message>
    <message>
        <source>The venv root %1 does not exist</source>
        <translation>Der venv-Stammordner %1 existiert nicht</translation>
    </message>
    <message>
        <source>VenvDeck shows the Python virtual environments a CloudShell execution server keeps in one folder, one folder per driver or script version. %1

Choose the folder where this server keeps them, or open a demo root of real environments to look around.</source>
        <translation>VenvDeck zeigt die virtuellen Python-Umgebungen, die ein CloudShell-Execution-Server in einem Ordner ablegt, ein Ordner je Treiber- oder Skriptversion. %1

Den Ordner wählen, in dem dieser Server sie ablegt, oder einen Demo-Stammordner mit echten Umgebungen öffnen, um sich umzusehen.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder</source>
        <translation>%1 ist eine Datei, kein Ordner</translation>
    </message>
    <message>
        <source>The venv root must be a folder that holds one folder per environment. %1

Choose another root, or open a demo root of real environments to look around.</source>
        <translation>Der venv-Stammordner muss ein Ordner sein, der einen Ordner je Umgebung enthält. %1

Einen anderen Stammordner wählen oder einen Demo-Stammordner mit echten Umgebungen öffnen, um sich umzusehen.</translation>
    </message>
    <message>
        <source>No environments in %1 yet</source>
        <translation>Noch keine Umgebungen in %1</translation>
    </message>
    <message>
        <source>When the execution server first runs a Python shell driver or script, it creates a virtual environment for it in this folder: one folder per driver or script version and Python version. They will appear here. Press F5 to read the folder again.</source>
        <translation>Wenn der Execution Server einen Python-Shell-Treiber oder ein Skript zum ersten Mal ausführt, legt er dafür in diesem Ordner eine virtuelle Umgebung an: einen Ordner je Treiber- oder Skriptversion und Python-Version. Sie erscheinen dann hier. Mit F5 wird der Ordner neu eingelesen.</translation>
    </message>
    <message>
        <source>%1 cannot be read</source>
        <translation>%1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Check the folder&apos;s permissions, or choose another root.</source>
        <translation>Die Zugriffsrechte des Ordners prüfen oder einen anderen Stammordner wählen.</translation>
    </message>
    <message>
        <source>The demo root could not be made</source>
        <translation>Der Demo-Stammordner konnte nicht angelegt werden</translation>
    </message>
    <message>
        <source>Stale (%1)</source>
        <translation>Veraltet (%1)</translation>
    </message>
    <message>
        <source>Pending removal (%1)</source>
        <translation>Zum Entfernen vorgemerkt (%1)</translation>
    </message>
    <message>
        <source>In use (%1)</source>
        <translation>In Benutzung (%1)</translation>
    </message>
    <message>
        <source>nothing stale</source>
        <translation>nichts veraltet</translation>
    </message>
    <message numerus="yes">
        <source>%n stale (%1 reclaimable)</source>
        <translation>
            <numerusform>%n veraltet (%1 freigebbar)</numerusform>
            <numerusform>%n veraltet (%1 freigebbar)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pending removal</source>
        <translation>
            <numerusform>%n zum Entfernen vorgemerkt</numerusform>
            <numerusform>%n zum Entfernen vorgemerkt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in use</source>
        <translation>
            <numerusform>%n in Benutzung</numerusform>
            <numerusform>%n in Benutzung</numerusform>
        </translation>
    </message>
    <message>
        <source>checking staleness and processes…</source>
        <translation>Veraltung und Prozesse werden geprüft…</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export the Environments Shown</source>
        <translation>Angezeigte Umgebungen exportieren</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Choose another folder and try again.</source>
        <translation>Einen anderen Ordner wählen und erneut versuchen.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n environment(s) to %1</source>
        <translation>
            <numerusform>%n Umgebung nach %1 exportiert</numerusform>
            <numerusform>%n Umgebungen nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>flagged in the VenvDeck window</source>
        <translation>im VenvDeck-Fenster vorgemerkt</translation>
    </message>
    <message>
        <source>Flag for Removal</source>
        <translation>Zum Entfernen vormerken</translation>
    </message>
    <message numerus="yes">
        <source>%n environment(s) flagged for removal at the next restart.</source>
        <translation>
            <numerusform>%n Umgebung zum Entfernen beim nächsten Neustart vorgemerkt.</numerusform>
            <numerusform>%n Umgebungen zum Entfernen beim nächsten Neustart vorgemerkt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unflag</source>
        <translation>Vormerkung aufheben</translation>
    </message>
    <message numerus="yes">
        <source>%n environment(s) will stay.</source>
        <translation>
            <numerusform>%n Umgebung bleibt erhalten.</numerusform>
            <numerusform>%n Umgebungen bleiben erhalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Anheften</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Anheftung lösen</translation>
    </message>
    <message numerus="yes">
        <source>%n environment(s) pinned: never proposed for removal.</source>
        <translation>
            <numerusform>%n Umgebung angeheftet: wird nie zum Entfernen vorgeschlagen.</numerusform>
            <numerusform>%n Umgebungen angeheftet: werden nie zum Entfernen vorgeschlagen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n environment(s) unpinned.</source>
        <translation>
            <numerusform>Anheftung von %n Umgebung gelöst.</numerusform>
            <numerusform>Anheftung von %n Umgebungen gelöst.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove Now</source>
        <translation>Jetzt entfernen</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n environment(s) now? This cannot be undone.</source>
        <translation>
            <numerusform>%n Umgebung jetzt entfernen? Das kann nicht rückgängig gemacht werden.</numerusform>
            <numerusform>%n Umgebungen jetzt entfernen? Das kann nicht rückgängig gemacht werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>An environment that a process uses, or that a build holds, is not removed: it stays flagged for removal at the next restart.</source>
        <translation>Eine Umgebung, die ein Prozess benutzt oder die eine Erstellung sperrt, wird nicht entfernt: sie bleibt zum Entfernen beim nächsten Neustart vorgemerkt.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>removed now from the VenvDeck window</source>
        <translation>jetzt aus dem VenvDeck-Fenster entfernt</translation>
    </message>
    <message numerus="yes">
        <source>Removing %n environment(s)…</source>
        <translation>
            <numerusform>%n Umgebung wird entfernt…</numerusform>
            <numerusform>%n Umgebungen werden entfernt…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n environment(s) removed.</source>
        <translation>
            <numerusform>%n Umgebung entfernt.</numerusform>
            <numerusform>%n Umgebungen entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rebuild %1</source>
        <translation>%1 neu erstellen</translation>
    </message>
    <message>
        <source>Build %1 afresh from the requirements VenvDeck kept and swap it in? The old environment is kept aside while it may be in use.</source>
        <translation>%1 aus den von VenvDeck aufbewahrten Anforderungen von Grund auf neu erstellen und austauschen? Die alte Umgebung wird beiseitegelegt, solange sie in Benutzung sein kann.</translation>
    </message>
    <message>
        <source>Builds Are Running</source>
        <translation>Erstellungen laufen</translation>
    </message>
    <message numerus="yes">
        <source>%n build(s) are still running. Quit and cancel them? A cancelled build leaves nothing under its name.</source>
        <translation>
            <numerusform>%n Erstellung läuft noch. Beenden und sie abbrechen? Eine abgebrochene Erstellung hinterlässt nichts unter ihrem Namen.</numerusform>
            <numerusform>%n Erstellungen laufen noch. Beenden und sie abbrechen? Eine abgebrochene Erstellung hinterlässt nichts unter ihrem Namen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Builds</source>
        <translation>Erstellungen</translation>
    </message>
    <message>
        <source>Updates available (%1)</source>
        <translation>Aktualisierungen verfügbar (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n build(s) running</source>
        <translation>
            <numerusform>%n Erstellung läuft</numerusform>
            <numerusform>%n Erstellungen laufen</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the Builds panel</source>
        <translation>Den Bereich „Erstellungen“ zeigen</translation>
    </message>
    <message>
        <source>12 updates</source>
        <translation>12 Aktualisierungen</translation>
    </message>
    <message>
        <source>Package server health</source>
        <translation>Zustand des Paketservers</translation>
    </message>
    <message>
        <source>Checking for updates…</source>
        <translation>Auf Aktualisierungen wird geprüft…</translation>
    </message>
    <message>
        <source>Checking for updates: %1 of %2…</source>
        <translation>Auf Aktualisierungen wird geprüft: %1 von %2…</translation>
    </message>
    <message>
        <source>Update check cancelled: the table keeps what was checked so far.</source>
        <translation>Aktualisierungsprüfung abgebrochen: die Tabelle behält, was bisher geprüft wurde.</translation>
    </message>
    <message>
        <source>Cannot check for updates: %1. Set the package index in Settings.</source>
        <translation>Auf Aktualisierungen kann nicht geprüft werden: %1. Den Paketindex in den Einstellungen festlegen.</translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged since the last scan</source>
        <translation>
            <numerusform>%n seit dem letzten Einlesen unverändert</numerusform>
            <numerusform>%n seit dem letzten Einlesen unverändert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>venvdeck::OutdatedCheck</name>
    <message>
        <source>editable install; not checked</source>
        <translation>editierbare Installation; nicht geprüft</translation>
    </message>
    <message>
        <source>installed from a URL; not checked</source>
        <translation>von einer URL installiert; nicht geprüft</translation>
    </message>
    <message>
        <source>not known: %1</source>
        <translation>nicht bekannt: %1</translation>
    </message>
    <message>
        <source>not on any index</source>
        <translation>in keinem Index</translation>
    </message>
    <message>
        <source>no installable version listed</source>
        <translation>keine installierbare Version aufgeführt</translation>
    </message>
    <message>
        <source>Python version unknown; requires-python not checked</source>
        <translation>Python-Version unbekannt; requires-python nicht geprüft</translation>
    </message>
    <message numerus="yes">
        <source>%n update(s)</source>
        <translation>
            <numerusform>%n Aktualisierung</numerusform>
            <numerusform>%n Aktualisierungen</numerusform>
        </translation>
    </message>
    <message>
        <source>not known</source>
        <translation>nicht bekannt</translation>
    </message>
    <message>
        <source>up to date</source>
        <translation>aktuell</translation>
    </message>
    <message numerus="yes">
        <source>No updates in %n environment(s) checked</source>
        <translation>
            <numerusform>Keine Aktualisierungen in %n geprüften Umgebung</numerusform>
            <numerusform>Keine Aktualisierungen in %n geprüften Umgebungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %1 of %n environment(s) checked</source>
        <translation>
            <numerusform>in %1 von %n geprüften Umgebung</numerusform>
            <numerusform>in %1 von %n geprüften Umgebungen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n project(s) could not be read (%2)</source>
        <translation>
            <numerusform>%1: %n Projekt konnte nicht gelesen werden (%2)</numerusform>
            <numerusform>%1: %n Projekte konnten nicht gelesen werden (%2)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <translation>%1 %2 → %3</translation>
    </message>
    <message>
        <source>Every package is at the latest version the index allows here.</source>
        <translation>Jedes Paket hat die neueste Version, die der Index hier erlaubt.</translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) could not be checked:</source>
        <translation>
            <numerusform>%n Paket konnte nicht geprüft werden:</numerusform>
            <numerusform>%n Pakete konnten nicht geprüft werden:</numerusform>
        </translation>
    </message>
    <message>
        <source>not on the index</source>
        <translation>nicht im Index</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <source>%1 needs another Python</source>
        <translation>%1 braucht ein anderes Python</translation>
    </message>
    <message>
        <source>pin accepts</source>
        <translation>Festlegung erlaubt</translation>
    </message>
    <message>
        <source>pin refuses</source>
        <translation>Festlegung verbietet</translation>
    </message>
    <message>
        <source>Installed: %1</source>
        <translation>Installiert: %1</translation>
    </message>
    <message>
        <source>Latest allowed here: %1</source>
        <translation>Neueste hier erlaubte: %1</translation>
    </message>
    <message>
        <source>Latest on the index: %1</source>
        <translation>Neueste im Index: %1</translation>
    </message>
    <message>
        <source>The owner&apos;s requirements accept %1.</source>
        <translation>Die Anforderungen des Eigentümers erlauben %1.</translation>
    </message>
    <message>
        <source>The owner&apos;s requirements refuse %1 (latest they accept: %2).</source>
        <translation>Die Anforderungen des Eigentümers verbieten %1 (neueste erlaubte: %2).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>The owner&apos;s requirements are not known (VenvDeck did not build this environment, or they do not name the package).</source>
        <translation>Die Anforderungen des Eigentümers sind nicht bekannt (VenvDeck hat diese Umgebung nicht erstellt, oder sie nennen das Paket nicht).</translation>
    </message>
</context>
<context>
    <name>venvdeck::PackageTableModel</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>Requires Python %1</source>
        <translation>Benötigt Python %1</translation>
    </message>
    <message>
        <source>Editable install from %1</source>
        <translation>Editierbare Installation aus %1</translation>
    </message>
    <message>
        <source>Installed from %1</source>
        <translation>Installiert aus %1</translation>
    </message>
    <message>
        <source>Installed on request</source>
        <translation>Auf Wunsch installiert</translation>
    </message>
    <message>
        <source>Installed as a dependency</source>
        <translation>Als Abhängigkeit installiert</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Angefordert</translation>
    </message>
    <message>
        <source>Installer</source>
        <translation>Installer</translation>
    </message>
    <message>
        <source>Not checked: Environment → Check for Updates asks the package index</source>
        <translation>Nicht geprüft: Umgebung → Auf Aktualisierungen prüfen fragt den Paketindex</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Neueste</translation>
    </message>
</context>
<context>
    <name>venvdeck::SettingsDialog</name>
    <message numerus="yes">
        <source>One per core (%n)</source>
        <translation>
            <numerusform>Eine pro Kern (%n)</numerusform>
            <numerusform>Eine pro Kern (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Import takes the package sources and the validity period from the execution server&apos;s customer.config.</source>
        <translation>Importieren übernimmt die Paketquellen und die Gültigkeitsdauer aus der customer.config des Execution Servers.</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>Nothing imported from %1: %2</source>
        <translation>Nichts aus %1 importiert: %2</translation>
    </message>
    <message>
        <source>%1 sets none of RequirementsRepository, RequirementsTrustedHost, RequirementsExtraRepository and VirtualEnvironmentLifetimeDurationInMinutes: nothing changed.</source>
        <translation>%1 setzt keinen der Werte RequirementsRepository, RequirementsTrustedHost, RequirementsExtraRepository und VirtualEnvironmentLifetimeDurationInMinutes: nichts geändert.</translation>
    </message>
    <message>
        <source>Imported from %1:</source>
        <translation>Aus %1 importiert:</translation>
    </message>
    <message>
        <source>Choose the Venv Root</source>
        <translation>venv-Stammordner wählen</translation>
    </message>
    <message>
        <source>Choose the Execution Server&apos;s customer.config</source>
        <translation>customer.config des Execution Servers wählen</translation>
    </message>
    <message>
        <source>customer.config (*.config);;All files (*)</source>
        <translation>customer.config (*.config);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose the Folder of Wheels and Sdists</source>
        <translation>Ordner mit Wheels und Sdists wählen</translation>
    </message>
</context>
<context>
    <name>venvdeck::TreeRemover</name>
    <message>
        <source>cannot inspect: %1</source>
        <translation>nicht prüfbar: %1</translation>
    </message>
    <message>
        <source>another file system is mounted here; left alone</source>
        <translation>hier ist ein anderes Dateisystem eingehängt; nicht angetastet</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>changed while being deleted; left alone</source>
        <translation>während des Löschens geändert; nicht angetastet</translation>
    </message>
    <message>
        <source>cannot delete: %1</source>
        <translation>kann nicht gelöscht werden: %1</translation>
    </message>
    <message>
        <source>cannot list: %1</source>
        <translation>Inhalt nicht auflistbar: %1</translation>
    </message>
</context>
<context>
    <name>venvdeck::cli</name>
    <message>
        <source>not known</source>
        <translation>nicht bekannt</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Aufbau</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <source>Owner kind</source>
        <translation>Art des Eigentümers</translation>
    </message>
    <message>
        <source>Owner version</source>
        <translation>Eigentümerversion</translation>
    </message>
    <message>
        <source>Owner uid</source>
        <translation>UID des Eigentümers</translation>
    </message>
    <message>
        <source>Owner source</source>
        <translation>Quelle des Eigentümers</translation>
    </message>
    <message>
        <source>record (venvdeck.json)</source>
        <translation>Datensatz (venvdeck.json)</translation>
    </message>
    <message>
        <source>name (inferred from the folder name)</source>
        <translation>Name (aus dem Ordnernamen abgeleitet)</translation>
    </message>
    <message>
        <source>Built at</source>
        <translation>Erstellt am</translation>
    </message>
    <message>
        <source>Built by</source>
        <translation>Erstellt von</translation>
    </message>
    <message>
        <source>Requirements SHA-256</source>
        <translation>SHA-256 der Anforderungen</translation>
    </message>
    <message>
        <source>Python</source>
        <translation>Python</translation>
    </message>
    <message>
        <source> (exists)</source>
        <translation> (vorhanden)</translation>
    </message>
    <message>
        <source> (missing)</source>
        <translation> (fehlt)</translation>
    </message>
    <message>
        <source> (cannot be checked on this system)</source>
        <translation> (auf diesem System nicht prüfbar)</translation>
    </message>
    <message>
        <source>Base interpreter</source>
        <translation>Basis-Interpreter</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Interpreter</translation>
    </message>
    <message>
        <source>Site-packages</source>
        <translation>site-packages</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2 allocated, %n file(s))</source>
        <translation>
            <numerusform>%1 (%2 belegt, %n Datei)</numerusform>
            <numerusform>%1 (%2 belegt, %n Dateien)</numerusform>
        </translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Zuletzt verwendet</translation>
    </message>
    <message>
        <source>FIELD</source>
        <translation>FELD</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>WERT</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>editable</source>
        <translation>editierbar</translation>
    </message>
    <message numerus="yes">
        <source>%n package(s)</source>
        <translation>
            <numerusform>%n Paket</numerusform>
            <numerusform>%n Pakete</numerusform>
        </translation>
    </message>
    <message>
        <source>PACKAGE</source>
        <translation>PAKET</translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation>VERSION</translation>
    </message>
    <message>
        <source>REQUESTED</source>
        <translation>ANGEFORDERT</translation>
    </message>
    <message>
        <source>INSTALLER</source>
        <translation>INSTALLER</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>QUELLE</translation>
    </message>
    <message>
        <source>Shows everything known about one environment of the venv root.</source>
        <translation>Zeigt alles, was über eine Umgebung des venv-Stammordners bekannt ist.</translation>
    </message>
    <message>
        <source>Skip the size walk.</source>
        <translation>Die Größenermittlung überspringen.</translation>
    </message>
    <message>
        <source>cloudshell-logging&apos;s logs root, for the last-used time (default: %1).</source>
        <translation>Der Protokoll-Stammordner von cloudshell-logging, für die Zeit der letzten Verwendung (Standard: %1).</translation>
    </message>
    <message>
        <source>The environment&apos;s folder name in the root.</source>
        <translation>Der Ordnername der Umgebung im Stammordner.</translation>
    </message>
    <message>
        <source>&apos;show&apos; takes exactly one NAME (the environment&apos;s folder name in the root).</source>
        <translation>&apos;show&apos; erwartet genau einen NAME (den Ordnernamen der Umgebung im Stammordner).</translation>
    </message>
    <message>
        <source>no environment named &apos;%1&apos; in %2. Run &apos;venvdeck-cli list&apos; to see the names.</source>
        <translation>keine Umgebung namens &apos;%1&apos; in %2. &apos;venvdeck-cli list&apos; zeigt die Namen.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an environment folder.</source>
        <translation>&apos;%1&apos; ist kein Umgebungsordner.</translation>
    </message>
    <message>
        <source>--offline: %1 is not a folder.</source>
        <translation>--offline: %1 ist kein Ordner.</translation>
    </message>
    <message>
        <source>%1 is not a Python that runs here: %2</source>
        <translation>%1 ist kein Python, das hier läuft: %2</translation>
    </message>
    <message>
        <source>no Python %1 was found on this machine. Run &apos;venvdeck-cli interpreters&apos; to see the ones there are, and choose one with --python.</source>
        <translation>auf diesem Rechner wurde kein Python %1 gefunden. &apos;venvdeck-cli interpreters&apos; zeigt die vorhandenen; eines mit --python wählen.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The whole output of pip is in %1</source>
        <translation>Die vollständige Ausgabe von pip steht in %1</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Installiert</translation>
    </message>
    <message>
        <source>nothing new</source>
        <translation>nichts Neues</translation>
    </message>
    <message numerus="yes">
        <source>%n package(s): </source>
        <translation>
            <numerusform>%n Paket: </numerusform>
            <numerusform>%n Pakete: </numerusform>
        </translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Old environment</source>
        <translation>Alte Umgebung</translation>
    </message>
    <message>
        <source>note: the previous environment may still be in use, so it was kept as %1. Remove it at the next restart of the execution server (VenvDeck&apos;s cleanup will flag it once its pending-removal list exists).</source>
        <translation>Hinweis: die vorherige Umgebung ist womöglich noch in Benutzung, daher wurde sie als %1 behalten. Beim nächsten Neustart des Execution Servers entfernen (das Aufräumen von VenvDeck merkt sie vor, sobald seine Liste der vorgemerkten Entfernungen existiert).</translation>
    </message>
    <message>
        <source>Read from the %1 %2:</source>
        <translation>Gelesen aus %1 %2:</translation>
    </message>
    <message>
        <source>requirements: %1</source>
        <translation>Anforderungen: %1</translation>
    </message>
    <message>
        <source>--timeout takes a whole number of minutes, at least 1.</source>
        <translation>--timeout erwartet eine ganze Zahl von Minuten, mindestens 1.</translation>
    </message>
    <message>
        <source>The venv&apos;s folder name (default: the name template, %1).</source>
        <translation>Der Ordnername des venv (Standard: die Namensvorlage, %1).</translation>
    </message>
    <message>
        <source>The owner (script or driver name) of a requirements file; overrides the package&apos;s.</source>
        <translation>Der Eigentümer (Skript- oder Treibername) einer Requirements-Datei; ersetzt den des Pakets.</translation>
    </message>
    <message>
        <source>The owner&apos;s version.</source>
        <translation>Die Version des Eigentümers.</translation>
    </message>
    <message>
        <source>Build afresh even when the target exists; the old one is kept aside.</source>
        <translation>Von Grund auf neu erstellen, auch wenn das Ziel existiert; das alte wird beiseitegelegt.</translation>
    </message>
    <message>
        <source>A shell package zip, a driver zip or folder, or a requirements.txt.</source>
        <translation>Ein Shell-Paket (Zip), ein Treiber-Zip oder -Ordner oder eine requirements.txt.</translation>
    </message>
    <message>
        <source>&apos;build&apos; takes exactly one SOURCE.</source>
        <translation>&apos;build&apos; erwartet genau eine SOURCE.</translation>
    </message>
    <message>
        <source>cannot build from %1.</source>
        <translation>aus %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>  (--owner)</source>
        <translation>  (--owner)</translation>
    </message>
    <message>
        <source>  (--owner-version)</source>
        <translation>  (--owner-version)</translation>
    </message>
    <message>
        <source>Python: %1 %2 (%3)</source>
        <translation>Python: %1 %2 (%3)</translation>
    </message>
    <message>
        <source>Packages from: %1</source>
        <translation>Pakete aus: %1</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>Ziel: %1</translation>
    </message>
    <message>
        <source>Refreshes an environment the way the execution server does: pip install -r again in the existing venv, so that dependencies new on the package server come in and those installed stay exactly as they are.</source>
        <translation>Frischt eine Umgebung so auf, wie es der Execution Server tut: erneut pip install -r im vorhandenen venv, sodass auf dem Paketserver neue Abhängigkeiten hinzukommen und die installierten genau so bleiben, wie sie sind.</translation>
    </message>
    <message>
        <source>Take the requirements from this package, driver or requirements file (default: the copy VenvDeck kept when it built the venv).</source>
        <translation>Die Anforderungen aus diesem Paket, diesem Treiber oder dieser Requirements-Datei nehmen (Standard: die Kopie, die VenvDeck beim Erstellen des venv aufbewahrt hat).</translation>
    </message>
    <message>
        <source>&apos;refresh&apos; takes exactly one NAME (the environment&apos;s folder name in the root).</source>
        <translation>&apos;refresh&apos; erwartet genau einen NAME (den Ordnernamen der Umgebung im Stammordner).</translation>
    </message>
    <message>
        <source>cannot read the requirements from %1.</source>
        <translation>die Anforderungen aus %1 können nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 was not built by VenvDeck (it has no %2): give the requirements with --source.</source>
        <translation>%1 wurde nicht von VenvDeck erstellt (es hat kein %2): die Anforderungen mit --source angeben.</translation>
    </message>
    <message>
        <source>note: --python is ignored by refresh; the venv keeps its own Python.</source>
        <translation>Hinweis: refresh ignoriert --python; das venv behält sein eigenes Python.</translation>
    </message>
    <message>
        <source>Environment folder names.</source>
        <translation>Ordnernamen der Umgebungen.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs at least one NAME.</source>
        <translation>&apos;%1&apos; braucht mindestens einen NAME.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes no arguments.</source>
        <translation>&apos;%1&apos; erwartet keine Argumente.</translation>
    </message>
    <message>
        <source>the pending removals were refused; nothing changed:
%1</source>
        <translation>die vorgemerkten Entfernungen wurden abgelehnt; nichts geändert:
%1</translation>
    </message>
    <message>
        <source>refused; nothing was removed:
%1</source>
        <translation>abgelehnt; nichts wurde entfernt:
%1</translation>
    </message>
    <message>
        <source>Nothing is pending removal in %1.</source>
        <translation>In %1 ist nichts zum Entfernen vorgemerkt.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>OUTCOME</source>
        <translation>ERGEBNIS</translation>
    </message>
    <message>
        <source>DETAILS</source>
        <translation>DETAILS</translation>
    </message>
    <message>
        <source>Check that the package server runs and the URL is right (--index, --extra-index), that a proxy in http_proxy/https_proxy lets it through, or read an offline folder with --offline DIR.</source>
        <translation>Prüfen, ob der Paketserver läuft und die URL stimmt (--index, --extra-index) und ob ein Proxy in http_proxy/https_proxy die Verbindung durchlässt, oder mit --offline DIR einen Offline-Ordner lesen.</translation>
    </message>
    <message>
        <source>FOLDER</source>
        <translation>ORDNER</translation>
    </message>
    <message>
        <source>INDEX</source>
        <translation>INDEX</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>FILES</source>
        <translation>DATEIEN</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>LATENCY</source>
        <translation>LATENZ</translation>
    </message>
    <message>
        <source>ERROR</source>
        <translation>FEHLER</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>nicht erreichbar</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Checks that the package index (and the extra index, or the offline folder) answers: reachable, HTTP status, latency, and the error in words.
Exit status: 0 when every source is healthy, 1 when one is not, 2 for bad usage.</source>
        <translation>Prüft, ob der Paketindex (und der zusätzliche Index oder der Offline-Ordner) antwortet: erreichbar, HTTP-Status, Latenz und der Fehler in Worten.
Exit-Status: 0, wenn jede Quelle in Ordnung ist, 1, wenn eine es nicht ist, 2 bei falschem Aufruf.</translation>
    </message>
    <message>
        <source>&apos;index-status&apos; takes no arguments.</source>
        <translation>&apos;index-status&apos; erwartet keine Argumente.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>no: no venv, no virtualenv</source>
        <translation>nein: kein venv, kein virtualenv</translation>
    </message>
    <message>
        <source>no: venv/ensurepip missing</source>
        <translation>nein: venv/ensurepip fehlt</translation>
    </message>
    <message>
        <source>Lists the Pythons found on this machine (PATH, /usr/bin, /usr/local/bin, pyenv) and whether each can make venvs.</source>
        <translation>Listet die auf diesem Rechner gefundenen Pythons auf (PATH, /usr/bin, /usr/local/bin, pyenv) und ob jedes venvs anlegen kann.</translation>
    </message>
    <message>
        <source>IMPLEMENTATION</source>
        <translation>IMPLEMENTIERUNG</translation>
    </message>
    <message>
        <source>MAKES VENVS</source>
        <translation>LEGT VENVS AN</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PFAD</translation>
    </message>
    <message>
        <source>ENVIRONMENT</source>
        <translation>UMGEBUNG</translation>
    </message>
    <message>
        <source>INSTALLED</source>
        <translation>INSTALLIERT</translation>
    </message>
    <message>
        <source>LATEST ALLOWED</source>
        <translation>NEUESTE ERLAUBTE</translation>
    </message>
    <message>
        <source>LATEST</source>
        <translation>NEUESTE</translation>
    </message>
    <message>
        <source>NOTE</source>
        <translation>HINWEIS</translation>
    </message>
    <message>
        <source>%1 needs another Python</source>
        <translation>%1 braucht ein anderes Python</translation>
    </message>
    <message>
        <source>the owner&apos;s pin refuses it</source>
        <translation>die Versionsbindung des Eigentümers lässt es nicht zu</translation>
    </message>
    <message numerus="yes">
        <source>%n update(s) available</source>
        <translation>
            <numerusform>%n Aktualisierung verfügbar</numerusform>
            <numerusform>%n Aktualisierungen verfügbar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n environment(s)</source>
        <translation>
            <numerusform>in %n Umgebung</numerusform>
            <numerusform>in %n Umgebungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n checked</source>
        <translation>
            <numerusform>%n geprüft</numerusform>
            <numerusform>%n geprüft</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) not found or not read</source>
        <translation>
            <numerusform>%n Paket nicht gefunden oder nicht gelesen</numerusform>
            <numerusform>%n Pakete nicht gefunden oder nicht gelesen</numerusform>
        </translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>%1 could not be read: %2.</source>
        <translation>%1 konnte nicht gelesen werden: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n project(s) could not be read; the first: %2.</source>
        <translation>
            <numerusform>%1: %n Projekt konnte nicht gelesen werden: %2.</numerusform>
            <numerusform>%1: %n Projekte konnten nicht gelesen werden; das erste: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Compares the packages installed in environments of the venv root with what the package index offers: installed version, latest allowed (not yanked, requires-python met by the environment&apos;s Python, pre-releases only for a pre-release installed), latest overall.
Exit status: 0 when the check ran (updates found or not), 1 when an index could not be read, 2 for bad usage.</source>
        <translation>Vergleicht die in Umgebungen des venv-Stammordners installierten Pakete mit dem Angebot des Paketindex: installierte Version, neueste erlaubte (nicht zurückgezogen, requires-python vom Python der Umgebung erfüllt, Vorabversionen nur bei installierter Vorabversion), neueste überhaupt.
Exit-Status: 0, wenn die Prüfung lief (mit oder ohne gefundene Aktualisierungen), 1, wenn ein Index nicht gelesen werden konnte, 2 bei falschem Aufruf.</translation>
    </message>
    <message>
        <source>Check every environment of the root.</source>
        <translation>Jede Umgebung des Stammordners prüfen.</translation>
    </message>
    <message>
        <source>Environment folder names in the root.</source>
        <translation>Ordnernamen der Umgebungen im Stammordner.</translation>
    </message>
    <message>
        <source>name the environments to check, or give --all (not both).</source>
        <translation>die zu prüfenden Umgebungen nennen oder --all angeben (nicht beides).</translation>
    </message>
    <message>
        <source>--%1 needs a whole number, 0 or more, not &apos;%2&apos;</source>
        <translation>--%1 braucht eine ganze Zahl ab 0, nicht &apos;%2&apos;</translation>
    </message>
    <message>
        <source>Flags what the staleness rules select for removal at the next restart and prints it. Deletes nothing. Pinned environments are never flagged; the newest of each owner and Python, and the N newest of each owner, only when broken.</source>
        <translation>Merkt vor, was die Aufräumregeln zum Entfernen beim nächsten Neustart auswählen, und gibt es aus. Löscht nichts. Angeheftete Umgebungen werden nie vorgemerkt; die neueste je Eigentümer und Python sowie die N neuesten je Eigentümer nur, wenn sie defekt sind.</translation>
    </message>
    <message>
        <source>Comma-separated rules that may flag: superseded, python-mismatch, broken, unused (default: the saved setting, else all four).</source>
        <translation>Kommagetrennte Regeln, die vormerken dürfen: superseded, python-mismatch, broken, unused (Standard: die gespeicherte Einstellung, sonst alle vier).</translation>
    </message>
    <message>
        <source>Keep the N newest of each owner (default: the saved setting, 1).</source>
        <translation>Die N neuesten je Eigentümer behalten (Standard: die gespeicherte Einstellung, 1).</translation>
    </message>
    <message>
        <source>&apos;unused&apos; after N days without use; 0 turns the rule off (default: setting, 30).</source>
        <translation>&apos;unused&apos; nach N Tagen ohne Verwendung; 0 schaltet die Regel ab (Standard: Einstellung, 30).</translation>
    </message>
    <message>
        <source>Print what would be flagged; change nothing.</source>
        <translation>Ausgeben, was vorgemerkt würde; nichts ändern.</translation>
    </message>
    <message>
        <source>cloudshell-logging&apos;s logs root, for last-used times.</source>
        <translation>Der Protokoll-Stammordner von cloudshell-logging, für die Zeiten der letzten Verwendung.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a rule that can flag; choose from: superseded, python-mismatch, broken, unused</source>
        <translation>&apos;%1&apos; ist keine Regel, die vormerken kann; zur Wahl stehen: superseded, python-mismatch, broken, unused</translation>
    </message>
    <message>
        <source>the pending removals were refused; nothing was flagged:
%1</source>
        <translation>die vorgemerkten Entfernungen wurden abgelehnt; nichts wurde vorgemerkt:
%1</translation>
    </message>
    <message>
        <source>would flag</source>
        <translation>würde vormerken</translation>
    </message>
    <message>
        <source>flagged</source>
        <translation>vorgemerkt</translation>
    </message>
    <message>
        <source>left</source>
        <translation>belassen</translation>
    </message>
    <message>
        <source>Nothing to flag.</source>
        <translation>Nichts vorzumerken.</translation>
    </message>
    <message>
        <source>already flagged</source>
        <translation>bereits vorgemerkt</translation>
    </message>
    <message>
        <source>Removes environments now, with the same safety rules as apply-pending; one in use is left alone and stays flagged for the next restart.</source>
        <translation>Entfernt Umgebungen jetzt, mit denselben Sicherheitsregeln wie apply-pending; eine Umgebung in Benutzung wird nicht angetastet und bleibt für den nächsten Neustart vorgemerkt.</translation>
    </message>
    <message>
        <source>Remove now (required: without it, use &apos;flag&apos;).</source>
        <translation>Jetzt entfernen (erforderlich; ohne dies &apos;flag&apos; verwenden).</translation>
    </message>
    <message>
        <source>Do not ask for confirmation (required when not on a terminal).</source>
        <translation>Nicht nach Bestätigung fragen (erforderlich, wenn nicht an einem Terminal).</translation>
    </message>
    <message>
        <source>&apos;remove&apos; deletes only with --now; to remove at the next restart, use &apos;flag&apos;.</source>
        <translation>&apos;remove&apos; löscht nur mit --now; zum Entfernen beim nächsten Neustart &apos;flag&apos; verwenden.</translation>
    </message>
    <message>
        <source>not asking for confirmation without a terminal; pass --yes to remove.</source>
        <translation>ohne Terminal wird nicht nach Bestätigung gefragt; zum Entfernen --yes angeben.</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n environment(s) from %1 now: %2? [y/N] </source>
        <translation>
            <numerusform>%n Umgebung jetzt aus %1 entfernen: %2? [y/N] </numerusform>
            <numerusform>%n Umgebungen jetzt aus %1 entfernen: %2? [y/N] </numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing removed.</source>
        <translation>Nichts entfernt.</translation>
    </message>
    <message>
        <source>removed now with venvdeck-cli remove --now</source>
        <translation>jetzt mit venvdeck-cli remove --now entfernt</translation>
    </message>
    <message>
        <source>Creates VenvDeck&apos;s demo root: real venvs made with the Pythons on this machine, named the way an execution server names them, with superseded, Python-mismatched and broken examples. An existing demo root is reused. Progress goes to stderr; the root&apos;s path is printed on stdout.</source>
        <translation>Legt den Demo-Stammordner von VenvDeck an: echte venvs, angelegt mit den Pythons auf diesem Rechner, benannt wie bei einem Execution Server, mit Beispielen für abgelöste, Python-abweichende und defekte Umgebungen. Ein vorhandener Demo-Stammordner wird wiederverwendet. Der Fortschritt geht nach stderr; der Pfad des Stammordners wird auf stdout ausgegeben.</translation>
    </message>
    <message>
        <source>The folder to make it in (new, empty or an earlier demo root). Default: %1</source>
        <translation>Der Ordner, in dem er angelegt wird (neu, leer oder ein früherer Demo-Stammordner). Standard: %1</translation>
    </message>
    <message>
        <source>demo takes at most one folder, got %1: %2</source>
        <translation>demo erwartet höchstens einen Ordner, erhalten: %1: %2</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>%1 cannot hold the demo root; name a new or empty folder: venvdeck-cli demo DIR</source>
        <translation>%1 kann den Demo-Stammordner nicht aufnehmen; einen neuen oder leeren Ordner nennen: venvdeck-cli demo DIR</translation>
    </message>
    <message>
        <source>the demo root %1 could not be completed</source>
        <translation>der Demo-Stammordner %1 konnte nicht fertiggestellt werden</translation>
    </message>
    <message>
        <source>Reused the demo root %1.</source>
        <translation>Demo-Stammordner %1 wiederverwendet.</translation>
    </message>
    <message>
        <source>Prints the venv root the other commands and the window would use, and (on stderr) what chose it. --set and --unset change the saved root.</source>
        <translation>Gibt den venv-Stammordner aus, den die anderen Befehle und das Fenster verwenden würden, und (auf stderr), woher er stammt. --set und --unset ändern den gespeicherten Stammordner.</translation>
    </message>
    <message>
        <source>Save DIR as the root to use when neither --root nor VENVDECK_ROOT is given (for the window and the CLI, for this user).</source>
        <translation>DIR als Stammordner speichern, der gilt, wenn weder --root noch VENVDECK_ROOT angegeben ist (für das Fenster und die CLI, für diesen Benutzer).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Forget the saved root.</source>
        <translation>Den gespeicherten Stammordner vergessen.</translation>
    </message>
    <message>
        <source>--set and --unset cannot be used together.</source>
        <translation>--set und --unset können nicht zusammen verwendet werden.</translation>
    </message>
    <message>
        <source>%1 is not a folder; the saved root is unchanged.</source>
        <translation>%1 ist kein Ordner; der gespeicherte Stammordner bleibt unverändert.</translation>
    </message>
    <message>
        <source>cannot write the settings file %1.</source>
        <translation>die Einstellungsdatei %1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>chosen by %1; %2</source>
        <translation>festgelegt durch: %1; %2</translation>
    </message>
    <message>
        <source>it exists</source>
        <translation>existiert</translation>
    </message>
    <message>
        <source>it does not exist</source>
        <translation>existiert nicht</translation>
    </message>
    <message>
        <source>Builds the venv of a shell package, a driver zip or folder, or a requirements file, the way the execution server does: a temporary sibling, pip install -r, a dependency check as pip check does it, the ownership record, then a rename. An existing target is refreshed instead (unless --rebuild).</source>
        <translation>Erstellt das venv eines Shell-Pakets, eines Treiber-Zips oder -Ordners oder einer Requirements-Datei so, wie es der Execution Server tut: ein temporärer Nachbarordner, pip install -r, eine Abhängigkeitsprüfung wie pip check, der Besitzeintrag, dann eine Umbenennung. Ein vorhandenes Ziel wird stattdessen aufgefrischt (außer mit --rebuild).</translation>
    </message>
</context>
<context>
    <name>venvdeck::cli::IndexSourceOptions</name>
    <message>
        <source>The package index, pip&apos;s --index-url (default: customer.config&apos;s RequirementsRepository, the saved setting, then pip&apos;s own; the index queries ask %1).</source>
        <translation>Der Paketindex, --index-url von pip (Standard: RequirementsRepository aus customer.config, die gespeicherte Einstellung, dann der von pip; die Indexabfragen fragen %1).</translation>
    </message>
    <message>
        <source>A host that may be reached over plain HTTP and whose TLS certificate is not checked, as pip&apos;s --trusted-host (repeatable; default: customer.config&apos;s RequirementsTrustedHost).</source>
        <translation>Ein Host, der über unverschlüsseltes HTTP erreicht werden darf und dessen TLS-Zertifikat nicht geprüft wird, wie --trusted-host von pip (wiederholbar; Standard: RequirementsTrustedHost aus customer.config).</translation>
    </message>
    <message>
        <source>A further index, merged with the first as pip merges them, pip&apos;s --extra-index-url (default: customer.config&apos;s RequirementsExtraRepository).</source>
        <translation>Ein weiterer Index, mit dem ersten so zusammengeführt, wie pip es tut, --extra-index-url von pip (Standard: RequirementsExtraRepository aus customer.config).</translation>
    </message>
    <message>
        <source>A folder of wheels and sdists (pip download output) instead of any index (pip&apos;s --no-index --find-links DIR).</source>
        <translation>Ein Ordner mit Wheels und Sdists (Ausgabe von pip download) statt eines Index (--no-index --find-links DIR von pip).</translation>
    </message>
    <message>
        <source>The execution server&apos;s customer.config to take the package sources from (default: %1 when it exists, after the saved settings).</source>
        <translation>Die customer.config des Execution Servers, aus der die Paketquellen genommen werden (Standard: %1, falls vorhanden, nach den gespeicherten Einstellungen).</translation>
    </message>
    <message>
        <source>--customer-config %1 cannot be read.</source>
        <translation>--customer-config %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>(from %1)</source>
        <translation>(aus %1)</translation>
    </message>
    <message>
        <source>no index to ask; give --index URL or --offline DIR.</source>
        <translation>kein Index zum Abfragen; --index URL oder --offline DIR angeben.</translation>
    </message>
</context>
<context>
    <name>venvdeck::cli::ProgressPrinter</name>
    <message>
        <source>: %1 collected, %2 fetched</source>
        <translation>: %1 gesammelt, %2 heruntergeladen</translation>
    </message>
    <message>
        <source>, installing %1</source>
        <translation>, %1 wird installiert</translation>
    </message>
</context>
<context>
    <name>venvdeck::cli::SourceOptions</name>
    <message>
        <source>The Python to build with: 2, 3, X.Y, X.Y.Z or a path (default: the package&apos;s PythonVersion, for a script customer.config&apos;s DefaultPythonVersion, then 3).</source>
        <translation>Das Python für die Erstellung: 2, 3, X.Y, X.Y.Z oder ein Pfad (Standard: PythonVersion des Pakets, für ein Skript DefaultPythonVersion aus customer.config, dann 3).</translation>
    </message>
    <message>
        <source>End the build when it takes longer than this (default: the saved setting, 30).</source>
        <translation>Die Erstellung beenden, wenn sie länger dauert (Standard: die gespeicherte Einstellung, 30).</translation>
    </message>
    <message>
        <source>Print every line pip prints on stderr.</source>
        <translation>Jede Zeile ausgeben, die pip auf stderr ausgibt.</translation>
    </message>
</context>
</TS>
