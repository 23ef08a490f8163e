<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>MainWindow</name>
        <message numerus="yes">
            <source>This shift: %n item(s)</source>
            <translation>
                <numerusform>This shift: %n item</numerusform>
                <numerusform>This shift: %n items</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>QueuePanel</name>
        <message numerus="yes">
            <source>%n inspection(s)</source>
            <translation>
                <numerusform>%n inspection</numerusform>
                <numerusform>%n inspections</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>QueueView</name>
        <message numerus="yes">
            <source>Refurb queue: %n item(s)</source>
            <translation>
                <numerusform>Refurb queue: %n item</numerusform>
                <numerusform>Refurb queue: %n items</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RefurbPage</name>
        <message numerus="yes">
            <source>%n slip(s) printed.</source>
            <translation>
                <numerusform>%n slip printed.</numerusform>
                <numerusform>%n slips printed.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>WorkView</name>
        <message numerus="yes">
            <source>%n photo(s) after</source>
            <translation>
                <numerusform>%n photo after</numerusform>
                <numerusform>%n photos after</numerusform>
            </translation>
        </message>
    </context>
</TS>