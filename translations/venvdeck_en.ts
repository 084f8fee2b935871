<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>venvdeck</name>
    <message numerus="yes">
        <source>Made %n environment(s) in %1 s.</source>
        <translation>
            <numerusform>Made %n environment in %1 s.</numerusform>
            <numerusform>Made %n environments in %1 s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n environment(s)</source>
        <translation>
            <numerusform>%n environment</numerusform>
            <numerusform>%n environments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n broken</source>
        <translation>
            <numerusform>%n broken</numerusform>
            <numerusform>%n broken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n environment(s) pending removal</source>
        <translation>
            <numerusform>%n environment pending removal</numerusform>
            <numerusform>%n environments pending removal</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) could not be deleted; the rest is gone and the next run tries again: </source>
        <translation>
            <numerusform>%n entry could not be deleted; the rest is gone and the next run tries again: </numerusform>
            <numerusform>%n entries could not be deleted; the rest is gone and the next run tries again: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>not used for %n day(s) (last used %1, from %2)</source>
        <translation>
            <numerusform>not used for %n day (last used %1, from %2)</numerusform>
            <numerusform>not used for %n days (last used %1, from %2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>built %1, older than the validity period of %n minute(s)</source>
        <translation>
            <numerusform>built %1, older than the validity period of %n minute</numerusform>
            <numerusform>built %1, older than the validity period of %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>one of the %n newest environment(s) of %1</source>
        <translation>
            <numerusform>one of the %n newest environment of %1</numerusform>
            <numerusform>one of the %n newest environments of %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>venvdeck::BuildDialog</name>
    <message numerus="yes">
        <source>Installed %n package(s): </source>
        <translation>
            <numerusform>Installed %n package: </numerusform>
            <numerusform>Installed %n packages: </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>venvdeck::BuildQueue</name>
    <message numerus="yes">
        <source>: %n package(s) collected</source>
        <translation>
            <numerusform>: %n package collected</numerusform>
            <numerusform>: %n packages collected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n fetched</source>
        <translation>
            <numerusform>, %n fetched</numerusform>
            <numerusform>, %n fetched</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, installing %n</source>
        <translation>
            <numerusform>, installing %n</numerusform>
            <numerusform>, installing %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>venvdeck::Builder</name>
    <message numerus="yes">
        <source>No broken requirements found: %n requirement(s) of %1 distribution(s) checked.</source>
        <translation>
            <numerusform>No broken requirements found: %n requirement of %1 distribution checked.</numerusform>
            <numerusform>No broken requirements found: %n requirements of %1 distributions checked.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>venvdeck::BuildsPanel</name>
    <message numerus="yes">
        <source>%n running</source>
        <translation>
            <numerusform>%n running</numerusform>
            <numerusform>%n running</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finished</source>
        <translation>
            <numerusform>%n finished</numerusform>
            <numerusform>%n finished</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>venvdeck::CleanupDialog</name>
    <message numerus="yes">
        <source>Validity period: %n minute(s) (VirtualEnvironmentLifetimeDurationInMinutes, in Settings).</source>
        <translation>
            <numerusform>Validity period: %n minute (VirtualEnvironmentLifetimeDurationInMinutes, in Settings).</numerusform>
            <numerusform>Validity period: %n minutes (VirtualEnvironmentLifetimeDurationInMinutes, in Settings).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n environment(s) are older and due for a refresh: that is shown, never a reason to remove.</source>
        <translation>
            <numerusform>%n environment are older and due for a refresh: that is shown, never a reason to remove.</numerusform>
            <numerusform>%n environments are older and due for a refresh: that is shown, never a reason to remove.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Selects %n environment(s): %1 reclaimable.</source>
        <translation>
            <numerusform>Selects %n environment: %1 reclaimable.</numerusform>
            <numerusform>Selects %n environments: %1 reclaimable.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more with a stale reason are kept, with why.</source>
        <translation>
            <numerusform>%n more with a stale reason are kept, with why.</numerusform>
            <numerusform>%n more with a stale reason are kept, with why.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Remove %n Now…</source>
        <translation>
            <numerusform>&amp;Remove %n Now…</numerusform>
            <numerusform>&amp;Remove %n Now…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n environment(s) flagged for removal at the next restart.</source>
        <translation>
            <numerusform>%n environment flagged for removal at the next restart.</numerusform>
            <numerusform>%n environments flagged for removal at the next restart.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove these %n environment(s) now? This cannot be undone.</source>
        <translation>
            <numerusform>Remove these %n environment now? This cannot be undone.</numerusform>
            <numerusform>Remove these %n environments now? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removing %n environment(s)…</source>
        <translation>
            <numerusform>Removing %n environment…</numerusform>
            <numerusform>Removing %n environments…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n environment(s) removed.</source>
        <translation>
            <numerusform>%n environment removed.</numerusform>
            <numerusform>%n environments removed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>venvdeck::DependencyTreeWidget</name>
    <message numerus="yes">
        <source>%n top-level package(s)</source>
        <translation>
            <numerusform>%n top-level package</numerusform>
            <numerusform>%n top-level packages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n package(s)</source>
        <translation>
            <numerusform>%n package</numerusform>
            <numerusform>%n packages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>not followed further: %n level(s) deep</source>
        <translation>
            <numerusform>not followed further: %n level deep</numerusform>
            <numerusform>not followed further: %n levels deep</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>venvdeck::EnvironmentDetailsWidget</name>
    <message numerus="yes">
        <source>%n package(s)</source>
        <translation>
            <numerusform>%n package</numerusform>
            <numerusform>%n packages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n package(s)</source>
        <translation>
            <numerusform>%1 of %n package</numerusform>
            <numerusform>%1 of %n packages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n update(s)</source>
        <translation>
            <numerusform>%n update</numerusform>
            <numerusform>%n updates</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>venvdeck::EnvironmentGroupModel</name>
    <message numerus="yes">
        <source>%n environment(s)</source>
        <translation>
            <numerusform>%n environment</numerusform>
            <numerusform>%n environments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>venvdeck::EnvironmentTableModel</name>
    <message numerus="yes">
        <source>%n installed distribution(s)</source>
        <translation>
            <numerusform>%n installed distribution</numerusform>
            <numerusform>%n installed distributions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Apparent size %1, allocated on disk %2, %n file(s)</source>
        <translation>
            <numerusform>Apparent size %1, allocated on disk %2, %n file</numerusform>
            <numerusform>Apparent size %1, allocated on disk %2, %n files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>venvdeck::IndexHealthReport</name>
    <message numerus="yes">
        <source>Package server: offline folder, %n file(s)</source>
        <translation>
            <numerusform>Package server: offline folder, %n file</numerusform>
            <numerusform>Package server: offline folder, %n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>venvdeck::MainWindow</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %n environment(s)</source>
        <translation>
            <numerusform>Showing %1 of %n environment</numerusform>
            <numerusform>Showing %1 of %n environments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n environment(s)</source>
        <translation>
            <numerusform>%n environment</numerusform>
            <numerusform>%n environments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n broken</source>
        <translation>
            <numerusform>%n broken</numerusform>
            <numerusform>%n broken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not a venv</source>
        <translation>
            <numerusform>%n not a venv</numerusform>
            <numerusform>%n not a venv</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) while scanning</source>
        <translation>
            <numerusform>%n problem while scanning</numerusform>
            <numerusform>%n problems while scanning</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stale (%1 reclaimable)</source>
        <translation>
            <numerusform>%n stale (%1 reclaimable)</numerusform>
            <numerusform>%n stale (%1 reclaimable)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pending removal</source>
        <translation>
            <numerusform>%n pending removal</numerusform>
            <numerusform>%n pending removal</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in use</source>
        <translation>
            <numerusform>%n in use</numerusform>
            <numerusform>%n in use</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n environment(s) to %1</source>
        <translation>
            <numerusform>Exported %n environment to %1</numerusform>
            <numerusform>Exported %n environments to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n environment(s) flagged for removal at the next restart.</source>
        <translation>
            <numerusform>%n environment flagged for removal at the next restart.</numerusform>
            <numerusform>%n environments flagged for removal at the next restart.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n environment(s) will stay.</source>
        <translation>
            <numerusform>%n environment will stay.</numerusform>
            <numerusform>%n environments will stay.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n environment(s) pinned: never proposed for removal.</source>
        <translation>
            <numerusform>%n environment pinned: never proposed for removal.</numerusform>
            <numerusform>%n environments pinned: never proposed for removal.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n environment(s) unpinned.</source>
        <translation>
            <numerusform>%n environment unpinned.</numerusform>
            <numerusform>%n environments unpinned.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n environment(s) now? This cannot be undone.</source>
        <translation>
            <numerusform>Remove %n environment now? This cannot be undone.</numerusform>
            <numerusform>Remove %n environments now? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removing %n environment(s)…</source>
        <translation>
            <numerusform>Removing %n environment…</numerusform>
            <numerusform>Removing %n environments…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n environment(s) removed.</source>
        <translation>
            <numerusform>%n environment removed.</numerusform>
            <numerusform>%n environments removed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n build(s) are still running. Quit and cancel them? A cancelled build leaves nothing under its name.</source>
        <translation>
            <numerusform>%n build are still running. Quit and cancel them? A cancelled build leaves nothing under its name.</numerusform>
            <numerusform>%n builds are still running. Quit and cancel them? A cancelled build leaves nothing under its name.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n build(s) running</source>
        <translation>
            <numerusform>%n build running</numerusform>
            <numerusform>%n builds running</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged since the last scan</source>
        <translation>
            <numerusform>%n unchanged since the last scan</numerusform>
            <numerusform>%n unchanged since the last scan</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>venvdeck::OutdatedCheck</name>
    <message numerus="yes">
        <source>%n update(s)</source>
        <translation>
            <numerusform>%n update</numerusform>
            <numerusform>%n updates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No updates in %n environment(s) checked</source>
        <translation>
            <numerusform>No updates in %n environment checked</numerusform>
            <numerusform>No updates in %n environments checked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %1 of %n environment(s) checked</source>
        <translation>
            <numerusform>in %1 of %n environment checked</numerusform>
            <numerusform>in %1 of %n environments checked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n project(s) could not be read (%2)</source>
        <translation>
            <numerusform>%1: %n project could not be read (%2)</numerusform>
            <numerusform>%1: %n projects could not be read (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) could not be checked:</source>
        <translation>
            <numerusform>%n package could not be checked:</numerusform>
            <numerusform>%n packages could not be checked:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>venvdeck::SettingsDialog</name>
    <message numerus="yes">
        <source>One per core (%n)</source>
        <translation>
            <numerusform>One per core (%n)</numerusform>
            <numerusform>One per core (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>venvdeck::cli</name>
    <message numerus="yes">
        <source>%1 (%2 allocated, %n file(s))</source>
        <translation>
            <numerusform>%1 (%2 allocated, %n file)</numerusform>
            <numerusform>%1 (%2 allocated, %n files)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n package(s)</source>
        <translation>
            <numerusform>%n package</numerusform>
            <numerusform>%n packages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n package(s): </source>
        <translation>
            <numerusform>%n package: </numerusform>
            <numerusform>%n packages: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n update(s) available</source>
        <translation>
            <numerusform>%n update available</numerusform>
            <numerusform>%n updates available</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n environment(s)</source>
        <translation>
            <numerusform>in %n environment</numerusform>
            <numerusform>in %n environments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n checked</source>
        <translation>
            <numerusform>%n checked</numerusform>
            <numerusform>%n checked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) not found or not read</source>
        <translation>
            <numerusform>%n package not found or not read</numerusform>
            <numerusform>%n packages not found or not read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n project(s) could not be read; the first: %2.</source>
        <translation>
            <numerusform>%1: %n project could not be read; the first: %2.</numerusform>
            <numerusform>%1: %n projects could not be read; the first: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n environment(s) from %1 now: %2? [y/N] </source>
        <translation>
            <numerusform>Remove %n environment from %1 now: %2? [y/N] </numerusform>
            <numerusform>Remove %n environments from %1 now: %2? [y/N] </numerusform>
        </translation>
    </message>
</context>
</TS>
