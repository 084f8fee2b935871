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
</context>
</TS>
