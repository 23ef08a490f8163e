<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>ContainersPage</name>
        <message numerus="yes">
            <source>%n open here</source>
            <translation>
                <numerusform>%n open here</numerusform>
                <numerusform>%n open here</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n move task(s)</source>
            <translation>
                <numerusform>%n move task</numerusform>
                <numerusform>%n move tasks</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) waiting to be placed</source>
            <translation>
                <numerusform>%n item waiting to be placed</numerusform>
                <numerusform>%n items waiting to be placed</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DashboardPage</name>
        <message numerus="yes">
            <source>%n inspection(s) the shop was told of</source>
            <translation>
                <numerusform>%n inspection the shop was told of</numerusform>
                <numerusform>%n inspections the shop was told of</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{name}: {rate:.1f} per hour (%n item(s))</source>
            <translation>
                <numerusform>{name}: {rate:.1f} per hour (%n item)</numerusform>
                <numerusform>{name}: {rate:.1f} per hour (%n items)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>InspectPage</name>
        <message numerus="yes">
            <source>This RMA has %n line(s) left: {lines}</source>
            <translation>
                <numerusform>This RMA has %n line left: {lines}</numerusform>
                <numerusform>This RMA has %n lines left: {lines}</numerusform>
            </translation>
        </message>
    </context>
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
            <source>First %n of {total} — narrow with the filters, or ↓ at the end for more</source>
            <translation>
                <numerusform>First %n of {total} — narrow with the filters, or ↓ at the end for more</numerusform>
                <numerusform>First %n of {total} — narrow with the filters, or ↓ at the end for more</numerusform>
            </translation>
        </message>
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
        <message numerus="yes">
            <source>First %n shown — narrow with the category, or ↓ at the end for more</source>
            <translation>
                <numerusform>First %n shown — narrow with the category, or ↓ at the end for more</numerusform>
                <numerusform>First %n shown — narrow with the category, or ↓ at the end for more</numerusform>
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
    <context>
        <name>station</name>
        <message numerus="yes">
            <source>'{key}' needs at least %n value(s)</source>
            <translation>
                <numerusform>'{key}' needs at least %n value</numerusform>
                <numerusform>'{key}' needs at least %n values</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{what}: {added} added, {updated} updated, {unchanged} unchanged, %n row(s) with errors</source>
            <translation>
                <numerusform>{what}: {added} added, {updated} updated, {unchanged} unchanged, %n row with errors</numerusform>
                <numerusform>{what}: {added} added, {updated} updated, {unchanged} unchanged, %n rows with errors</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n slip(s) written to {path}.</source>
            <translation>
                <numerusform>%n slip written to {path}.</numerusform>
                <numerusform>%n slips written to {path}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Outside the {days}-day window from {start}: {return_kind} {day}, %n day(s) after the last day {last}.</source>
            <translation>
                <numerusform>Outside the {days}-day window from {start}: {return_kind} {day}, %n day after the last day {last}.</numerusform>
                <numerusform>Outside the {days}-day window from {start}: {return_kind} {day}, %n days after the last day {last}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{rma}: %n item(s) to inspect.</source>
            <translation>
                <numerusform>{rma}: %n item to inspect.</numerusform>
                <numerusform>{rma}: %n items to inspect.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{code} closed with %n item(s): print its label and manifest.</source>
            <translation>
                <numerusform>{code} closed with %n item: print its label and manifest.</numerusform>
                <numerusform>{code} closed with %n items: print its label and manifest.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n photo(s)</source>
            <translation>
                <numerusform>%n photo</numerusform>
                <numerusform>%n photos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) · closed {time} by {station}</source>
            <translation>
                <numerusform>%n item · closed {time} by {station}</numerusform>
                <numerusform>%n items · closed {time} by {station}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) · open</source>
            <translation>
                <numerusform>%n item · open</numerusform>
                <numerusform>%n items · open</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n item(s)</source>
            <translation>
                <numerusform>%n item</numerusform>
                <numerusform>%n items</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Manifest {kind} {code} · {zone} · %n item(s)</source>
            <translation>
                <numerusform>Manifest {kind} {code} · {zone} · %n item</numerusform>
                <numerusform>Manifest {kind} {code} · {zone} · %n items</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The central database refused %n record(s); they wait in quarantine. Call a lead or IT (`station sync status` lists them; `station sync retry` sends them again).</source>
            <translation>
                <numerusform>The central database refused %n record; they wait in quarantine. Call a lead or IT (`station sync status` lists them; `station sync retry` sends them again).</numerusform>
                <numerusform>The central database refused %n records; they wait in quarantine. Call a lead or IT (`station sync status` lists them; `station sync retry` sends them again).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The central database refused %n record(s) because this station's audit chain was changed outside the station program (or does not go on from the central's). Sending them again cannot help: keep this computer as it is and call IT to run `station audit verify --central`.</source>
            <translation>
                <numerusform>The central database refused %n record because this station's audit chain was changed outside the station program (or does not go on from the central's). Sending them again cannot help: keep this computer as it is and call IT to run `station audit verify --central`.</numerusform>
                <numerusform>The central database refused %n records because this station's audit chain was changed outside the station program (or does not go on from the central's). Sending them again cannot help: keep this computer as it is and call IT to run `station audit verify --central`.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Damaged on this station's disk and not sent: %n photo file(s). Retake them if the items are still here, and tell a lead.</source>
            <translation>
                <numerusform>Damaged on this station's disk and not sent: %n photo file. Retake them if the items are still here, and tell a lead.</numerusform>
                <numerusform>Damaged on this station's disk and not sent: %n photo files. Retake them if the items are still here, and tell a lead.</numerusform>
            </translation>
        </message>
    </context>
</TS>