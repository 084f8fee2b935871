<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>BuildDialog</name>
    <message>
        <source>Build from Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File or folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A shell package zip, a driver zip or folder, or a requirements.txt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose F&amp;ile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a source file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose Fol&amp;der…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a driver folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values read from the source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value (and where it was read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Owner of the requirements file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The script or driver these requirements belong to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 1.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Packages from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;nline index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install from a package index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Index &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Index URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pip&apos;s --index-url, e.g. http://quali-server:8036</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trusted host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pip&apos;s --trusted-host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xtra index:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra index URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pip&apos;s --extra-index-url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;ffline folder of wheels and sdists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install offline from a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wheel folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline wheel folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pip download output, or the package server&apos;s repository folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the offline wheel folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Python:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Python interpreter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the chosen Python</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target folder name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The venv&apos;s folder name in the root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rebuild even if it exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebuild even if it exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build afresh and swap it in; the old environment is kept aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pip&apos;s output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the build cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel Build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>VenvDeck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words match environment names, owners and installed packages; a comparison such as paramiko&lt;2.8 matches package versions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search environments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search names, owners, packages; or a version such as paramiko&lt;2.8   (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose Another Root…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Demo Root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rescan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Root…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open another folder of virtual environments (Ctrl+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a demo root of real environments, creating it first if needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the root again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel Scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the running scan (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About VenvDeck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environments grouped by owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Group by Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show each driver or script with its environments below it, newest first (Ctrl+G)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the environments shown, as CSV or JSON (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the environment&apos;s folder in the file manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the paths of the selected environments (Ctrl+Shift+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Flag for Removal at Next Restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag the selected environments: apply-pending removes them at the next restart (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unflag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the selected environments after all (Ctrl+Shift+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never propose the selected environments for removal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unp&amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let the staleness rules propose the selected environments again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected environments now, unless a process uses them (Shift+Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag &amp;Stale…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review what the staleness rules propose and flag it for removal at the next restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Build from Package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build a venv from a shell package, a driver zip or folder, or a requirements.txt (Ctrl+B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run pip install -r again in the environment, with the requirements VenvDeck kept when it built it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;build…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build the environment afresh from the requirements VenvDeck kept, and swap it in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Browse, inspect and clean up the Python virtual environments of a CloudShell execution server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The venv root to open (else VENVDECK_ROOT, the saved setting, the platform default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the demo root, creating it first if needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the first scan has finished, save the window as a PNG image and quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>venvdeck</name>
    <message>
        <source>--root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the VENVDECK_ROOT environment variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the saved setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the platform default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>newest driver log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>newest byte code or log inside the venv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder&apos;s modification time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>larger than %1 KiB; not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON: %1 at offset %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds no &quot;url&quot; string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names no project folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>points at &quot;%1&quot;, which does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>points at &quot;%1&quot;, which holds no %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no &quot;Name&quot; header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no &quot;Version&quot; header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a *.dist-info folder or a *.egg-info folder or file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot list: permission denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a symbolic link to nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a zipped egg: its metadata is not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is installed twice; %2 is listed instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;schema&quot; must be a whole number, 1 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;owner&quot; must be a non-empty string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;ownerKind&quot; must be &quot;driver&quot; or &quot;script&quot;, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;requirementsSha256&quot; must be 64 hexadecimal digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;builtAt&quot; is not an ISO-8601 time: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a folder, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>larger than %1 KiB: not an ownership record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid UTF-8; read as Latin-1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: expected &quot;key = value&quot;, found &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pyvenv.cfg holds no &quot;key = value&quot; setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: &quot;%2&quot; is not a Python version: &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: include-system-site-packages must be true or false, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read pyvenv.cfg: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pyvenv.cfg is larger than %1 KiB: not a pyvenv.cfg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the venv root does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the venv root cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the logs root cannot be read; last-used times fall back to the venvs&apos; own files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Displays help on commandline options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The venv root to read (default: VENVDECK_ROOT, the saved setting, then %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: %1 (default: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;%1 --help&apos; for usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;; choose one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the venv root %1 (from %2) is not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the venv root %1 (from %2) does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another with --root DIR or the VENVDECK_ROOT environment variable, or make a demo root with &apos;venvdeck-cli demo&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Made %n environment(s) in %1 s.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KIND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PYTHON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PKGS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LAST USED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HEALTH</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n environment(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n broken</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Lists every environment in the venv root: owner, version, Python, packages, size, last use, health.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip the size walk (much faster).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cloudshell-logging&apos;s logs root, for last-used times (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;list&apos; takes no arguments; did you mean &apos;show NAME&apos;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List every environment in the root.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show everything known about one environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the venv root in use and what chose it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create (or reuse) a demo root of real venvs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: venvdeck-cli COMMAND [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administers the Python virtual environments of a CloudShell execution server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;venvdeck-cli COMMAND --help&apos; for a command&apos;s options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot rewrite the path of the temporary folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the pins: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a folder name directly inside the root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed at the next apply-pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removal begun; the next apply-pending finishes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replaced since it was flagged: will be left alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no longer a real folder: will be left alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no longer exists: dropped at the next apply-pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prune: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owned by user id %1, not root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writable by its group or by others (mode %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a symbolic link, not a real folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removal is not supported on this platform yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>corrupt: not valid JSON (%1 at offset %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>corrupt: not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>corrupt: &quot;schema&quot; must be a whole number, 1 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>written by a newer VenvDeck (schema %1; this one reads schema %2): upgrade VenvDeck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>corrupt: &quot;root&quot; must name the venv root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>written for another root (%1), not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>corrupt: &quot;entries&quot; must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>corrupt: entry %1 has no &quot;name&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 names &quot;%2&quot;, which is not a folder directly inside the root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names &quot;%1&quot; twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>corrupt: entry &quot;%1&quot; has no valid &quot;device&quot; and &quot;inode&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>corrupt: entry &quot;%1&quot; has an invalid &quot;builtAt&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry &quot;%1&quot; names &quot;%2&quot; in the trash, which is not a plain name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a symbolic link, not a real folder: refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a folder: refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a regular file (a link or a folder): refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: refused while running as root (make it root&apos;s, mode 0644 or 0755)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>corrupt: far too large for a manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another VenvDeck is changing the pending removals (%1 is locked); try again later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pid %1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the folder it is in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot inspect: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a folder name directly inside the root (no separators, no &quot;..&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its removal has begun; run apply-pending to finish it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>was already flagged; flagged again as it is now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the venv root %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the trash but not in the pending removals; left alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not flagged for removal</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) could not be deleted; the rest is gone and the next run tries again: </source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the trash holds something else under %1; left alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its removal began in an earlier run; it would be finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finished a removal an earlier run began</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an earlier run removed it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now a symbolic link, not the folder that was flagged; left alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now a file, not the folder that was flagged; left alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replaced since it was flagged (another folder has its name now); left alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rebuilt since it was flagged (built at %1); left alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its ownership record changed since it was flagged; left alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the lock folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a build holds its lock (%1); left alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in use by %1; left alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this platform cannot tell whether it is in use; left alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the trash folder %1 (it must be a real folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed while being removed; left alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot move it into the trash: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>superseded by %1 (version %2, this one %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the owner&apos;s newest environment %1 uses Python %2, this one Python %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>broken</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>not used for %n day(s) (last used %1, from %2)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>built %1, older than the validity period of %n minute(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the newest environment of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the newest environment of %1 for Python %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>one of the %n newest environment(s) of %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is &quot;%2&quot;, not a whole number of minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: an &lt;add&gt; without a key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not valid XML: %1 (line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>401: credentials rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>401: credentials required (put them in the index URL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>403: access forbidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>404: not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>407: the proxy wants credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: server error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection refused on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host %1 not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closed the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer from %1 in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS certificate not trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS certificate not trusted (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many redirects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redirected from HTTPS to plain HTTP; refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the proxy failed (%1); check http_proxy / https_proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the proxy wants credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the network is down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network error %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed index page: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the JSON is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported api-version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no &quot;files&quot; list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>neither HTML links nor PEP 691 JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected content type %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the offline folder does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes exactly the environments flagged for removal (run at boot, before the execution server starts). Skips and reports any that was replaced, became a link, is locked by a build or is in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check and report; delete nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags environments for removal at the next restart (apply-pending removes them). Each NAME must be a real folder directly inside the root.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why (kept in the manifest).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flagged with venvdeck-cli</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes environments off the pending removals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unflagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[pinned]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[pending]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[in use]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STALE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip looking for processes that use each environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the validity period for &apos;refresh-due&apos; (VirtualEnvironmentLifetimeDurationInMinutes) from this customer.config (default: the setting cleanup/validityMinutes, 480).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the environments flagged for removal at the next restart, with what each frees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pending removals were refused:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is pending removal in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FREES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FLAGGED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REASON</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n environment(s) pending removal</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 freed at the next apply-pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pins environments: never proposed for removal (kept in .venvdeck/pins.txt in the root).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpins environments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinned: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag environments for removal at the next restart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take environments off the pending removals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin environments: never proposed for removal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpin environments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the pending removals and what they free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag what the staleness rules select (deletes nothing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the flagged environments (at boot).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove environments now (--now), if not in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build (or refresh) the venv of a shell package, driver or requirements file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install what is new on the package server into a venv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the Pythons found and whether they make venvs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show packages the index has newer versions of.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the package index answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A requirements file has no owner: give the owner&apos;s name (and version), or a target name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Python %1 was found on this machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be a folder name in the root.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not built by VenvDeck, so it has no kept requirements (%2): build it from its package instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Python %1 was found on this machine to rebuild %2 with.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>venvdeck::BuildDialog</name>
    <message>
        <source>Build from Package — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a shell package zip, a driver zip or folder, or a requirements.txt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for the Pythons on this machine…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a Shell Package, Driver Zip or requirements.txt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packages and requirements (*.zip *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a Driver Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the Folder of Wheels and Sdists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot build from %1:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read a %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Python</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not given (a script: chosen below)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (cannot make venvs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Python found on this machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package names no Python: Python %1 is the default (customer.config&apos;s DefaultPythonVersion, else 3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package asks for Python %1 (PythonVersion in drivermetadata.xml).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Python %1 cannot make venvs: it has no venv module and virtualenv is not installed for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The root %1 is not a folder: choose an existing root first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what to build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be built from (see above).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Python was found on this machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Python %1 cannot make venvs: choose another Python.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the offline folder of wheels and sdists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offline folder %1 is not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An extra index needs an index URL too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready: %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebuild %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Python: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>: %n package(s) collected</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n fetched</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, installing %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 in %3 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebuilt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing new installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Installed %n package(s): </source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The previous environment may still be in use, so it was kept as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not built: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>venvdeck::BuildLogWidget</name>
    <message>
        <source>Build log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in Editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build log text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VenvDeck has not built this environment here, so there is no build log. The execution server keeps its own logs; environments built or refreshed with VenvDeck show theirs here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (the last %2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>venvdeck::DependencyTreeWidget</name>
    <message>
        <source>Direction of the dependency tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What each package requires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What requires each package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by package name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter dependencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dependency tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>installed on request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required by nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required by nothing installed here</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n top-level package(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n package(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, for the extra &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing: pip check would report it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only where its marker applies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cycle: already shown above</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>venvdeck::EnvironmentDetailsWidget</name>
    <message>
        <source>not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POSIX (bin/, lib/pythonX.Y/site-packages)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows (Scripts\, Lib\site-packages)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recognised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shell driver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a virtual environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an environment to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site-packages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apparent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocated on disk:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unique id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirements SHA-256:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modified:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last used:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Python</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implementation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base interpreter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venv interpreter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System site-packages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter packages by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installed packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n package(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n package(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Python %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from venvdeck.json (the ownership record)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>build %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inferred from the folder name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (cannot be checked on this system)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (exists)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not computed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (source: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dependencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleanup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stale:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no rule applies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pinned: never proposed for removal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flagged: removed at the next restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proposed by the staleness rules, not flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (pid %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no process</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>venvdeck::EnvironmentGroupModel</name>
    <message>
        <source>(owner not known)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n environment(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>venvdeck::EnvironmentTableModel</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a virtual environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Driver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>Python version (implementation)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>separator between flags</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from its ownership record (venvdeck.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inferred from the folder name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner version, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build numbers, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 “%2”, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n installed distribution(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Sizes were not computed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Apparent size %1, allocated on disk %2, %n file(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Last use not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last used %1
Source: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of VenvDeck&apos;s demo root, not a real execution server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner version or build numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Python</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installed distributions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apparent size, with a bar relative to the largest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>broken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a venv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pinned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending removal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>superseded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Python mismatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refresh due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stale</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>venvdeck::IndexClient</name>
    <message>
        <source>not an http(s) URL; give the index as https://host/simple/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plain HTTP to %1, which is not a trusted host; use https or add --trusted-host %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many redirects (more than %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redirect to %1 refused (it would send credentials to another host, leave HTTPS or reach an untrusted plain-HTTP host)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is larger than %1 MiB; aborted (a wrong URL, or raise the limit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many redirects (%1 followed without reaching a page)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected HTTP status %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>venvdeck::MainWindow</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (demo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent roots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the demo root in %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanning…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanning %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan cancelled: the table shows what was read so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All environments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broken (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a venv (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Python %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VenvDeck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VenvDeck — %1 (demo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VenvDeck — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %n environment(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n environment(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n broken</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not a venv</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) while scanning</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>demo root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel Scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VenvDeck looked there because of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The venv root %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VenvDeck shows the Python virtual environments a CloudShell execution server keeps in one folder, one folder per driver or script version. %1

Choose the folder where this server keeps them, or open a demo root of real environments to look around.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a file, not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The venv root must be a folder that holds one folder per environment. %1

Choose another root, or open a demo root of real environments to look around.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No environments in %1 yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the execution server first runs a Python shell driver or script, it creates a virtual environment for it in this folder: one folder per driver or script version and Python version. They will appear here. Press F5 to read the folder again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the folder&apos;s permissions, or choose another root.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo root could not be made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About VenvDeck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;VenvDeck %1&lt;/h3&gt;&lt;p&gt;Browse, inspect and clean up the Python virtual environments a CloudShell execution server keeps.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stale (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending removal (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing stale</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n stale (%1 reclaimable)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pending removal</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in use</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>checking staleness and processes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the Environments Shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another folder and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n environment(s) to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flagged in the VenvDeck window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag for Removal</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n environment(s) flagged for removal at the next restart.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Unflag</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n environment(s) will stay.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Pin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n environment(s) pinned: never proposed for removal.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n environment(s) unpinned.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Flag Stale Environments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>size not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The staleness rules propose nothing for removal in %1. Environments that are pinned, already flagged, or the newest of their owner and Python are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Flag %n environment(s) for removal at the next restart? This frees %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is deleted now: apply-pending removes them when the server restarts, and you can unflag any of them until then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove %n environment(s) now? This cannot be undone.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>An environment that a process uses, or that a build holds, is not removed: it stays flagged for removal at the next restart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed now from the VenvDeck window</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Removing %n environment(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n environment(s) removed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Rebuild %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build %1 afresh from the requirements VenvDeck kept and swap it in? The old environment is kept aside while it may be in use.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>venvdeck::OutdatedCheck</name>
    <message>
        <source>editable install; not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>installed from a URL; not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not known: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not on any index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no installable version listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Python version unknown; requires-python not checked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>venvdeck::PackageTableModel</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requires Python %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editable install from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installed from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installed on request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installed as a dependency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>venvdeck::TreeRemover</name>
    <message>
        <source>cannot inspect: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another file system is mounted here; left alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed while being deleted; left alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot delete: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot list: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>venvdeck::cli</name>
    <message>
        <source>not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner uid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record (venvdeck.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name (inferred from the folder name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirements SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Python</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (exists)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (cannot be checked on this system)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base interpreter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site-packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2 allocated, %n file(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FIELD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>editable</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n package(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>PACKAGE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REQUESTED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INSTALLER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows everything known about one environment of the venv root.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip the size walk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cloudshell-logging&apos;s logs root, for the last-used time (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment&apos;s folder name in the root.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;show&apos; takes exactly one NAME (the environment&apos;s folder name in the root).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no environment named &apos;%1&apos; in %2. Run &apos;venvdeck-cli list&apos; to see the names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an environment folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--offline: %1 is not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Python that runs here: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no Python %1 was found on this machine. Run &apos;venvdeck-cli interpreters&apos; to see the ones there are, and choose one with --python.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole output of pip is in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing new</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n package(s): </source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: the previous environment may still be in use, so it was kept as %1. Remove it at the next restart of the execution server (VenvDeck&apos;s cleanup will flag it once its pending-removal list exists).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read from the %1 %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requirements: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout takes a whole number of minutes, at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Builds the venv of a shell package, a driver zip or folder, or a requirements file, the way the execution server does: a temporary sibling, pip install -r, pip check, the ownership record, then a rename. An existing target is refreshed instead (unless --rebuild).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The venv&apos;s folder name (default: the name template, %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The owner (script or driver name) of a requirements file; overrides the package&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The owner&apos;s version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build afresh even when the target exists; the old one is kept aside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A shell package zip, a driver zip or folder, or a requirements.txt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;build&apos; takes exactly one SOURCE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot build from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (--owner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (--owner-version)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Python: %1 %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packages from: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshes an environment the way the execution server does: pip install -r again in the existing venv, so that dependencies new on the package server come in and those installed stay exactly as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the requirements from this package, driver or requirements file (default: the copy VenvDeck kept when it built the venv).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;refresh&apos; takes exactly one NAME (the environment&apos;s folder name in the root).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the requirements from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not built by VenvDeck (it has no %2): give the requirements with --source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: --python is ignored by refresh; the venv keeps its own Python.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment folder names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs at least one NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pending removals were refused; nothing changed:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused; nothing was removed:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is pending removal in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OUTCOME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DETAILS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is not an http(s) URL; give it as https://host[:port]/simple/.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the package server runs and the URL is right (--index, --extra-index), that a proxy in http_proxy/https_proxy lets it through, or read an offline folder with --offline DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no wheels or sdists in the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FOLDER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INDEX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LATENCY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ERROR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks that the package index (and the extra index, or the offline folder) answers: reachable, HTTP status, latency, and the error in words.
Exit status: 0 when every source is healthy, 1 when one is not, 2 for bad usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;index-status&apos; takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no: no venv, no virtualenv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no: venv/ensurepip missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the Pythons found on this machine (PATH, /usr/bin, /usr/local/bin, pyenv) and whether each can make venvs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMPLEMENTATION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAKES VENVS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ENVIRONMENT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INSTALLED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LATEST ALLOWED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LATEST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOTE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs another Python</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the owner&apos;s pin refuses it</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n update(s) available</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n environment(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n checked</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) not found or not read</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n project(s) could not be read; the first: %2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Compares the packages installed in environments of the venv root with what the package index offers: installed version, latest allowed (not yanked, requires-python met by the environment&apos;s Python, pre-releases only for a pre-release installed), latest overall.
Exit status: 0 when the check ran (updates found or not), 1 when an index could not be read, 2 for bad usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check every environment of the root.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment folder names in the root.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name the environments to check, or give --all (not both).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs a whole number, 0 or more, not &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags what the staleness rules select for removal at the next restart and prints it. Deletes nothing. Pinned environments are never flagged; the newest of each owner and Python, and the N newest of each owner, only when broken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated rules that may flag: superseded, python-mismatch, broken, unused (default: the saved setting, else all four).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the N newest of each owner (default: the saved setting, 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;unused&apos; after N days without use; 0 turns the rule off (default: setting, 30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print what would be flagged; change nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cloudshell-logging&apos;s logs root, for last-used times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a rule that can flag; choose from: superseded, python-mismatch, broken, unused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pending removals were refused; nothing was flagged:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>would flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to flag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes environments now, with the same safety rules as apply-pending; one in use is left alone and stays flagged for the next restart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove now (required: without it, use &apos;flag&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not ask for confirmation (required when not on a terminal).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;remove&apos; deletes only with --now; to remove at the next restart, use &apos;flag&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not asking for confirmation without a terminal; pass --yes to remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove %n environment(s) from %1 now: %2? [y/N] </source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed now with venvdeck-cli remove --now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>venvdeck::cli::IndexOptions</name>
    <message>
        <source>The package index (default: the saved setting, then %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A host that may be reached over plain HTTP and whose TLS certificate is not checked, as pip&apos;s --trusted-host (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A further index, merged with the first as pip merges them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A folder of wheels and sdists to read instead of any index.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no index to ask; give --index URL or --offline DIR.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>venvdeck::cli::ProgressPrinter</name>
    <message>
        <source>: %1 collected, %2 fetched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, installing %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>venvdeck::cli::SourceOptions</name>
    <message>
        <source>The Python to build with: 2, 3, X.Y, X.Y.Z or a path (default: the package&apos;s PythonVersion, for a script customer.config&apos;s DefaultPythonVersion, then 3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pip&apos;s --index-url (default: customer.config&apos;s RequirementsRepository).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pip&apos;s --trusted-host (default: customer.config&apos;s RequirementsTrustedHost).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pip&apos;s --extra-index-url (default: customer.config&apos;s RequirementsExtraRepository).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install offline from a folder of wheels and sdists (pip&apos;s --no-index --find-links DIR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The execution server&apos;s customer.config to take the package sources from (default: %1 when it exists).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the build when it takes longer than this (default: the saved setting, 30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print every line pip prints on stderr.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
