<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>AdminPage</name>
        <message>
            <source>Camera calibration</source>
            <translation>[Çåɱéŕå çåļîƀŕåţîöñ ~~~~~~~]</translation>
        </message>
        <message>
            <source>Take a sharp and a blurred photo of one item: the station suggests the blur limit.</source>
            <translation>[Ţåķé å šĥåŕþ åñđ å ƀļûŕŕéđ þĥöţö öƒ öñé îţéɱ: ţĥé šţåţîöñ šûĝĝéšţš ţĥé ƀļûŕ ļîɱîţ. ~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Camera (C)</source>
            <translation>[Çåɱéŕå (Ç) ~~~]</translation>
        </message>
        <message>
            <source>No camera picture: take the photos from files</source>
            <translation>[Ñö çåɱéŕå þîçţûŕé: ţåķé ţĥé þĥöţöš ƒŕöɱ ƒîļéš ~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>1. The sharp photo</source>
            <translation>[1. Ţĥé šĥåŕþ þĥöţö ~~~~~]</translation>
        </message>
        <message>
            <source>The item still, in focus, well lit.</source>
            <translation>[Ţĥé îţéɱ šţîļļ, îñ ƒöçûš, ŵéļļ ļîţ. ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Take the sharp photo (S)</source>
            <translation>[Ţåķé ţĥé šĥåŕþ þĥöţö (Š) ~~~~~~~]</translation>
        </message>
        <message>
            <source>From a file… (Shift+S)</source>
            <translation>[Ƒŕöɱ å ƒîļé… (Šĥîƒţ+Š) ~~~~~~]</translation>
        </message>
        <message>
            <source>2. The blurred photo</source>
            <translation>[2. Ţĥé ƀļûŕŕéđ þĥöţö ~~~~~~]</translation>
        </message>
        <message>
            <source>The same item, the camera moving as it takes it.</source>
            <translation>[Ţĥé šåɱé îţéɱ, ţĥé çåɱéŕå ɱöṽîñĝ åš îţ ţåķéš îţ. ~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Take the blurred photo (B)</source>
            <translation>[Ţåķé ţĥé ƀļûŕŕéđ þĥöţö (Ɓ) ~~~~~~~~]</translation>
        </message>
        <message>
            <source>From a file… (Shift+B)</source>
            <translation>[Ƒŕöɱ å ƒîļé… (Šĥîƒţ+Ɓ) ~~~~~~]</translation>
        </message>
        <message>
            <source>Station</source>
            <translation>[Šţåţîöñ ~~~]</translation>
        </message>
        <message>
            <source>Camera setting</source>
            <translation>[Çåɱéŕå šéţţîñĝ ~~~~~]</translation>
        </message>
        <message>
            <source>Data folder</source>
            <translation>[Đåţå ƒöļđéŕ ~~~~]</translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>[Šýñç ~~]</translation>
        </message>
        <message>
            <source>S: sharp photo · B: blurred photo (move the camera) · Shift+S / Shift+B: from a file · C: camera · Enter: save</source>
            <translation>[Š: šĥåŕþ þĥöţö · Ɓ: ƀļûŕŕéđ þĥöţö (ɱöṽé ţĥé çåɱéŕå) · Šĥîƒţ+Š / Šĥîƒţ+Ɓ: ƒŕöɱ å ƒîļé · Ç: çåɱéŕå · Éñţéŕ: šåṽé ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Photo files</source>
            <translation>[Þĥöţö ƒîļéš ~~~~]</translation>
        </message>
        <message>
            <source>{camera} (this station's camera)</source>
            <translation>[{camera} (ţĥîš šţåţîöñ'š çåɱéŕå) ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Save for photo files (Enter)</source>
            <translation>[Šåṽé ƒöŕ þĥöţö ƒîļéš (Éñţéŕ) ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Photo files are judged by these limits: take both test photos from files.</source>
            <translation>[Þĥöţö ƒîļéš åŕé ĵûđĝéđ ƀý ţĥéšé ļîɱîţš: ţåķé ƀöţĥ ţéšţ þĥöţöš ƒŕöɱ ƒîļéš. ~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Save for camera {camera} (Enter)</source>
            <translation>[Šåṽé ƒöŕ çåɱéŕå {camera} (Éñţéŕ) ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>This station does not use this camera now: take both test photos from files made with it.</source>
            <translation>[Ţĥîš šţåţîöñ đöéš ñöţ ûšé ţĥîš çåɱéŕå ñöŵ: ţåķé ƀöţĥ ţéšţ þĥöţöš ƒŕöɱ ƒîļéš ɱåđé ŵîţĥ îţ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Photos for {camera} come from files: press Shift+S or Shift+B.</source>
            <translation>[Þĥöţöš ƒöŕ {camera} çöɱé ƒŕöɱ ƒîļéš: þŕéšš Šĥîƒţ+Š öŕ Šĥîƒţ+Ɓ. ~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>No camera picture. Take the photo from a file instead (Shift+S or Shift+B).</source>
            <translation>[Ñö çåɱéŕå þîçţûŕé. Ţåķé ţĥé þĥöţö ƒŕöɱ å ƒîļé îñšţéåđ (Šĥîƒţ+Š öŕ Šĥîƒţ+Ɓ). ~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The sharp photo</source>
            <translation>[Ţĥé šĥåŕþ þĥöţö ~~~~~]</translation>
        </message>
        <message>
            <source>The blurred photo</source>
            <translation>[Ţĥé ƀļûŕŕéđ þĥöţö ~~~~~~]</translation>
        </message>
        <message>
            <source>Now the blurred photo (B): move the camera while it takes it.</source>
            <translation>[Ñöŵ ţĥé ƀļûŕŕéđ þĥöţö (Ɓ): ɱöṽé ţĥé çåɱéŕå ŵĥîļé îţ ţåķéš îţ. ~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Now the sharp photo (S): hold the item still.</source>
            <translation>[Ñöŵ ţĥé šĥåŕþ þĥöţö (Š): ĥöļđ ţĥé îţéɱ šţîļļ. ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Comparing the two photos…</source>
            <translation>[Çöɱþåŕîñĝ ţĥé ţŵö þĥöţöš… ~~~~~~~~]</translation>
        </message>
        <message>
            <source>Nothing was saved.</source>
            <translation>[Ñöţĥîñĝ ŵåš šåṽéđ. ~~~~~~]</translation>
        </message>
        <message>
            <source>Suggested blur limit {limit} (now {current}): photos sharper than {limit} pass.</source>
            <translation>[Šûĝĝéšţéđ ƀļûŕ ļîɱîţ {limit} (ñöŵ {current}): þĥöţöš šĥåŕþéŕ ţĥåñ {limit} þåšš. ~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The blurred test photo scored {blurred}, the sharp one {sharp}.</source>
            <translation>[Ţĥé ƀļûŕŕéđ ţéšţ þĥöţö šçöŕéđ {blurred}, ţĥé šĥåŕþ öñé {sharp}. ~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Take both photos first: the sharp one (S), then the blurred one (B).</source>
            <translation>[Ţåķé ƀöţĥ þĥöţöš ƒîŕšţ: ţĥé šĥåŕþ öñé (Š), ţĥéñ ţĥé ƀļûŕŕéđ öñé (Ɓ). ~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Saved for photo files: from now on they pass when sharper than {limit}.</source>
            <translation>[Šåṽéđ ƒöŕ þĥöţö ƒîļéš: ƒŕöɱ ñöŵ öñ ţĥéý þåšš ŵĥéñ šĥåŕþéŕ ţĥåñ {limit}. ~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Saved for camera {camera}: from now on its photos pass when sharper than {limit}.</source>
            <translation>[Šåṽéđ ƒöŕ çåɱéŕå {camera}: ƒŕöɱ ñöŵ öñ îţš þĥöţöš þåšš ŵĥéñ šĥåŕþéŕ ţĥåñ {limit}. ~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>AsideTray</name>
        <message>
            <source>Put aside</source>
            <translation>[Þûţ åšîđé ~~~]</translation>
        </message>
        <message>
            <source>Put aside ({n})</source>
            <translation>[Þûţ åšîđé ({n}) ~~~~]</translation>
        </message>
        <message>
            <source>open inspection</source>
            <translation>[öþéñ îñšþéçţîöñ ~~~~~~]</translation>
        </message>
        <message>
            <source>waiting to be placed</source>
            <translation>[ŵåîţîñĝ ţö ƀé þļåçéđ ~~~~~~~]</translation>
        </message>
        <message>
            <source>1–9 pick · Enter: resume · Esc: close</source>
            <translation>[1–9 þîçķ · Éñţéŕ: ŕéšûɱé · Éšç: çļöšé ~~~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>ChartPanel</name>
        <message>
            <source>Table</source>
            <translation>[Ţåƀļé ~~]</translation>
        </message>
        <message>
            <source>CSV…</source>
            <translation>[ÇŠṼ… ~]</translation>
        </message>
        <message>
            <source>Nothing in this period.</source>
            <translation>[Ñöţĥîñĝ îñ ţĥîš þéŕîöđ. ~~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>ChecklistView</name>
        <message>
            <source>Back (Backspace)</source>
            <translation>[Ɓåçķ (Ɓåçķšþåçé) ~~~~~]</translation>
        </message>
        <message>
            <source>{title} · question {n} of {total}</source>
            <translation>[{title} · ǫûéšţîöñ {n} öƒ {total} ~~~~~~~~]</translation>
        </message>
        <message>
            <source>{title} · question {n} of up to {total}</source>
            <translation>[{title} · ǫûéšţîöñ {n} öƒ ûþ ţö {total} ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>[Ýéš ~]</translation>
        </message>
        <message>
            <source>No</source>
            <translation>[Ñö ~]</translation>
        </message>
        <message>
            <source>Digits go into the note only once you are in the field: press Tab or click it, then type.</source>
            <translation>[Đîĝîţš ĝö îñţö ţĥé ñöţé öñļý öñçé ýöû åŕé îñ ţĥé ƒîéļđ: þŕéšš Ţåƀ öŕ çļîçķ îţ, ţĥéñ ţýþé. ~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Done (Enter)</source>
            <translation>[Đöñé (Éñţéŕ) ~~~~]</translation>
        </message>
        <message>
            <source>Type, then Enter</source>
            <translation>[Ţýþé, ţĥéñ Éñţéŕ ~~~~~]</translation>
        </message>
        <message>
            <source>Next (Enter)</source>
            <translation>[Ñéẋţ (Éñţéŕ) ~~~~]</translation>
        </message>
    </context>
    <context>
        <name>ContainerLabelPrinting</name>
        <message>
            <source>Print the container label</source>
            <translation>[Þŕîñţ ţĥé çöñţåîñéŕ ļåƀéļ ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The label was not printed. It is saved as {file}: print it from there.</source>
            <translation>[Ţĥé ļåƀéļ ŵåš ñöţ þŕîñţéđ. Îţ îš šåṽéđ åš {file}: þŕîñţ îţ ƒŕöɱ ţĥéŕé. ~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The printer did not take the container label. Check that it is on and has labels, then print the saved label again.</source>
            <translation>[Ţĥé þŕîñţéŕ đîđ ñöţ ţåķé ţĥé çöñţåîñéŕ ļåƀéļ. Çĥéçķ ţĥåţ îţ îš öñ åñđ ĥåš ļåƀéļš, ţĥéñ þŕîñţ ţĥé šåṽéđ ļåƀéļ åĝåîñ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>ContainersPage</name>
        <message>
            <source>Containers</source>
            <translation>[Çöñţåîñéŕš ~~~~]</translation>
        </message>
        <message>
            <source>Scan a container, an item's label or a location, or type it</source>
            <translation>[Šçåñ å çöñţåîñéŕ, åñ îţéɱ'š ļåƀéļ öŕ å ļöçåţîöñ, öŕ ţýþé îţ ~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Open containers at this station</source>
            <translation>[Öþéñ çöñţåîñéŕš åţ ţĥîš šţåţîöñ ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Container</source>
            <translation>[Çöñţåîñéŕ ~~~~]</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>[Ķîñđ ~~]</translation>
        </message>
        <message>
            <source>Items</source>
            <translation>[Îţéɱš ~~]</translation>
        </message>
        <message>
            <source>Fill</source>
            <translation>[Ƒîļļ ~~]</translation>
        </message>
        <message>
            <source>Zone</source>
            <translation>[Žöñé ~~]</translation>
        </message>
        <message>
            <source>Scan a container to see what is in it</source>
            <translation>[Šçåñ å çöñţåîñéŕ ţö šéé ŵĥåţ îš îñ îţ ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>[ŠĶÛ ~]</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>[Îţéɱ ~~]</translation>
        </message>
        <message>
            <source>Grade</source>
            <translation>[Ĝŕåđé ~~]</translation>
        </message>
        <message>
            <source>Disposition</source>
            <translation>[Đîšþöšîţîöñ ~~~~]</translation>
        </message>
        <message>
            <source>Serial</source>
            <translation>[Šéŕîåļ ~~]</translation>
        </message>
        <message>
            <source>Move tasks: scan the item, then the new container</source>
            <translation>[Ṁöṽé ţåšķš: šçåñ ţĥé îţéɱ, ţĥéñ ţĥé ñéŵ çöñţåîñéŕ ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>In</source>
            <translation>[Îñ ~]</translation>
        </message>
        <message>
            <source>Goes to</source>
            <translation>[Ĝöéš ţö ~~]</translation>
        </message>
        <message>
            <source>Close, label and manifest (F10)</source>
            <translation>[Çļöšé, ļåƀéļ åñđ ɱåñîƒéšţ (Ƒ10) ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Refresh (F11)</source>
            <translation>[Ŕéƒŕéšĥ (Ƒ11) ~~~]</translation>
        </message>
        <message>
            <source>Scan a container: its contents · then a location: move it there · Scan an item's label, then a container: put it in · F10: close and print · Esc: forget the item</source>
            <translation>[Šçåñ å çöñţåîñéŕ: îţš çöñţéñţš · ţĥéñ å ļöçåţîöñ: ɱöṽé îţ ţĥéŕé · Šçåñ åñ îţéɱ'š ļåƀéļ, ţĥéñ å çöñţåîñéŕ: þûţ îţ îñ · Ƒ10: çļöšé åñđ þŕîñţ · Éšç: ƒöŕĝéţ ţĥé îţéɱ ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>That is a location. Scan the container first, then the location it goes to.</source>
            <translation>[Ţĥåţ îš å ļöçåţîöñ. Šçåñ ţĥé çöñţåîñéŕ ƒîŕšţ, ţĥéñ ţĥé ļöçåţîöñ îţ ĝöéš ţö. ~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{code} is not a container, an item's label or a location here. Check the barcode.</source>
            <translation>[{code} îš ñöţ å çöñţåîñéŕ, åñ îţéɱ'š ļåƀéļ öŕ å ļöçåţîöñ ĥéŕé. Çĥéçķ ţĥé ƀåŕçöđé. ~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Scan that container to put the item in.</source>
            <translation>[Šçåñ ţĥåţ çöñţåîñéŕ ţö þûţ ţĥé îţéɱ îñ. ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{code} is now at {location}.</source>
            <translation>[{code} îš ñöŵ åţ {location}. ~~~~~~~~]</translation>
        </message>
        <message>
            <source>Item forgotten: scan the next one.</source>
            <translation>[Îţéɱ ƒöŕĝöţţéñ: šçåñ ţĥé ñéẋţ öñé. ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Scan the container to close first.</source>
            <translation>[Šçåñ ţĥé çöñţåîñéŕ ţö çļöšé ƒîŕšţ. ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Label and manifest saved in {folder}.</source>
            <translation>[Ļåƀéļ åñđ ɱåñîƒéšţ šåṽéđ îñ {folder}. ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The label went to the printer.</source>
            <translation>[Ţĥé ļåƀéļ ŵéñţ ţö ţĥé þŕîñţéŕ. ~~~~~~~~~~]</translation>
        </message>
        <message numerus="yes">
            <source>%n open here</source>
            <translation>
                <numerusform>[%n öþéñ ĥéŕé ~~~~]</numerusform>
                <numerusform>[%n öþéñ ĥéŕé ~~~~]</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n move task(s)</source>
            <translation>
                <numerusform>[%n ɱöṽé ţåšķ(š) ~~~~]</numerusform>
                <numerusform>[%n ɱöṽé ţåšķ(š) ~~~~]</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) waiting to be placed</source>
            <translation>
                <numerusform>[%n îţéɱ(š) ŵåîţîñĝ ţö ƀé þļåçéđ ~~~~~~~~~]</numerusform>
                <numerusform>[%n îţéɱ(š) ŵåîţîñĝ ţö ƀé þļåçéđ ~~~~~~~~~]</numerusform>
            </translation>
        </message>
        <message>
            <source>open</source>
            <translation>[öþéñ ~~]</translation>
        </message>
        <message>
            <source>closed</source>
            <translation>[çļöšéđ ~~]</translation>
        </message>
        <message>
            <source>{kind} {code} · {zone} · {status} · {n}/{capacity} · {location}</source>
            <translation>[{kind} {code} · {zone} · {status} · {n}/{capacity} · {location} ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>no location</source>
            <translation>[ñö ļöçåţîöñ ~~~~]</translation>
        </message>
    </context>
    <context>
        <name>DashboardPage</name>
        <message>
            <source>inspections</source>
            <translation>[îñšþéçţîöñš ~~~~]</translation>
        </message>
        <message>
            <source>median minutes, scan to complete</source>
            <translation>[ɱéđîåñ ɱîñûţéš, šçåñ ţö çöɱþļéţé ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>p90 minutes, scan to complete</source>
            <translation>[þ90 ɱîñûţéš, šçåñ ţö çöɱþļéţé ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>median hours to lead review</source>
            <translation>[ɱéđîåñ ĥöûŕš ţö ļéåđ ŕéṽîéŵ ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>refunds and exchanges</source>
            <translation>[ŕéƒûñđš åñđ éẋçĥåñĝéš ~~~~~~~~]</translation>
        </message>
        <message>
            <source>store credit</source>
            <translation>[šţöŕé çŕéđîţ ~~~~]</translation>
        </message>
        <message>
            <source>flagged for a lead</source>
            <translation>[ƒļåĝĝéđ ƒöŕ å ļéåđ ~~~~~~]</translation>
        </message>
        <message>
            <source>wrong PINs at sign-in</source>
            <translation>[ŵŕöñĝ ÞÎÑš åţ šîĝñ-îñ ~~~~~~~]</translation>
        </message>
        <message>
            <source>items placed per hour</source>
            <translation>[îţéɱš þļåçéđ þéŕ ĥöûŕ ~~~~~~~]</translation>
        </message>
        <message>
            <source>mis-sorts caught by the confirm scan</source>
            <translation>[ɱîš-šöŕţš çåûĝĥţ ƀý ţĥé çöñƒîŕɱ šçåñ ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>open containers</source>
            <translation>[öþéñ çöñţåîñéŕš ~~~~~~]</translation>
        </message>
        <message>
            <source>move tasks waiting</source>
            <translation>[ɱöṽé ţåšķš ŵåîţîñĝ ~~~~~~]</translation>
        </message>
        <message>
            <source>inspections a shop refused</source>
            <translation>[îñšþéçţîöñš å šĥöþ ŕéƒûšéđ ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>inspections the shop has not heard of yet</source>
            <translation>[îñšþéçţîöñš ţĥé šĥöþ ĥåš ñöţ ĥéåŕđ öƒ ýéţ ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Last 7 days</source>
            <translation>[Ļåšţ 7 đåýš ~~~]</translation>
        </message>
        <message>
            <source>Last 30 days</source>
            <translation>[Ļåšţ 30 đåýš ~~~]</translation>
        </message>
        <message>
            <source>Last 90 days</source>
            <translation>[Ļåšţ 90 đåýš ~~~]</translation>
        </message>
        <message>
            <source>Last 12 months</source>
            <translation>[Ļåšţ 12 ɱöñţĥš ~~~~]</translation>
        </message>
        <message>
            <source>All stations</source>
            <translation>[Åļļ šţåţîöñš ~~~~]</translation>
        </message>
        <message>
            <source>All categories</source>
            <translation>[Åļļ çåţéĝöŕîéš ~~~~~]</translation>
        </message>
        <message>
            <source>This station's store</source>
            <translation>[Ţĥîš šţåţîöñ'š šţöŕé ~~~~~~~]</translation>
        </message>
        <message>
            <source>Central database</source>
            <translation>[Çéñţŕåļ đåţåƀåšé ~~~~~~]</translation>
        </message>
        <message>
            <source>Refresh (Ctrl+R)</source>
            <translation>[Ŕéƒŕéšĥ (Çţŕļ+Ŕ) ~~~~~]</translation>
        </message>
        <message>
            <source>Ctrl+R: refresh · Table: the figures behind a chart · CSV…: save them for a spreadsheet</source>
            <translation>[Çţŕļ+Ŕ: ŕéƒŕéšĥ · Ţåƀļé: ţĥé ƒîĝûŕéš ƀéĥîñđ å çĥåŕţ · ÇŠṼ…: šåṽé ţĥéɱ ƒöŕ å šþŕéåđšĥééţ ~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Refreshing…</source>
            <translation>[Ŕéƒŕéšĥîñĝ… ~~~~]</translation>
        </message>
        <message numerus="yes">
            <source>%n inspection(s) the shop was told of</source>
            <translation>
                <numerusform>[%n îñšþéçţîöñ(š) ţĥé šĥöþ ŵåš ţöļđ öƒ ~~~~~~~~~~~]</numerusform>
                <numerusform>[%n îñšþéçţîöñ(š) ţĥé šĥöþ ŵåš ţöļđ öƒ ~~~~~~~~~~~]</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{name}: {rate:.1f} per hour (%n item(s))</source>
            <translation>
                <numerusform>[{name}: {rate:.1f} þéŕ ĥöûŕ (%n îţéɱ(š)) ~~~~~~~~~]</numerusform>
                <numerusform>[{name}: {rate:.1f} þéŕ ĥöûŕ (%n îţéɱ(š)) ~~~~~~~~~]</numerusform>
            </translation>
        </message>
        <message>
            <source>Refund</source>
            <translation>[Ŕéƒûñđ ~~]</translation>
        </message>
        <message>
            <source>Store credit</source>
            <translation>[Šţöŕé çŕéđîţ ~~~~]</translation>
        </message>
        <message>
            <source>Exchange</source>
            <translation>[Éẋçĥåñĝé ~~~]</translation>
        </message>
        <message>
            <source>No refund</source>
            <translation>[Ñö ŕéƒûñđ ~~~]</translation>
        </message>
        <message>
            <source>Outside window</source>
            <translation>[Öûţšîđé ŵîñđöŵ ~~~~~]</translation>
        </message>
        <message>
            <source>Repeat returner</source>
            <translation>[Ŕéþéåţ ŕéţûŕñéŕ ~~~~~~]</translation>
        </message>
        <message>
            <source>Used, sold as unopened</source>
            <translation>[Ûšéđ, šöļđ åš ûñöþéñéđ ~~~~~~~]</translation>
        </message>
        <message>
            <source>Serial differs</source>
            <translation>[Šéŕîåļ đîƒƒéŕš ~~~~~]</translation>
        </message>
        <message>
            <source>Wrong item</source>
            <translation>[Ŵŕöñĝ îţéɱ ~~~~]</translation>
        </message>
        <message>
            <source>Empty box</source>
            <translation>[Éɱþţý ƀöẋ ~~~]</translation>
        </message>
        <message>
            <source>Unexpected</source>
            <translation>[Ûñéẋþéçţéđ ~~~~]</translation>
        </message>
        <message>
            <source>Outcome changed</source>
            <translation>[Öûţçöɱé çĥåñĝéđ ~~~~~~]</translation>
        </message>
        <message>
            <source>Item missing</source>
            <translation>[Îţéɱ ɱîššîñĝ ~~~~]</translation>
        </message>
        <message>
            <source>Unsafe</source>
            <translation>[Ûñšåƒé ~~]</translation>
        </message>
        <message>
            <source>Account locked</source>
            <translation>[Åççöûñţ ļöçķéđ ~~~~~]</translation>
        </message>
        <message>
            <source>{since} – {until} · updated {time}</source>
            <translation>[{since} – {until} · ûþđåţéđ {time} ~~~~~~~~]</translation>
        </message>
        <message>
            <source>Save the table as CSV</source>
            <translation>[Šåṽé ţĥé ţåƀļé åš ÇŠṼ ~~~~~~~]</translation>
        </message>
        <message>
            <source>CSV (*.csv)</source>
            <translation>[ÇŠṼ (*.çšṽ) ~~]</translation>
        </message>
        <message>
            <source>Saved {path}</source>
            <translation>[Šåṽéđ {path} ~~~~]</translation>
        </message>
    </context>
    <context>
        <name>DecidePanel</name>
        <message>
            <source>Why? Required to regrade; optional note when approving</source>
            <translation>[Ŵĥý? Ŕéǫûîŕéđ ţö ŕéĝŕåđé; öþţîöñåļ ñöţé ŵĥéñ åþþŕöṽîñĝ ~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>New outcome</source>
            <translation>[Ñéŵ öûţçöɱé ~~~~]</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>[Ŕéåšöñ ~~]</translation>
        </message>
        <message>
            <source>Approve</source>
            <translation>[Åþþŕöṽé ~~~]</translation>
        </message>
        <message>
            <source>Ctrl+Enter</source>
            <translation>[Çţŕļ+Éñţéŕ ~~~~]</translation>
        </message>
        <message>
            <source>Regrade</source>
            <translation>[Ŕéĝŕåđé ~~~]</translation>
        </message>
        <message>
            <source>Evidence packet (PDF)</source>
            <translation>[Éṽîđéñçé þåçķéţ (ÞĐƑ) ~~~~~~~]</translation>
        </message>
        <message>
            <source>Choose an inspection from the queue.</source>
            <translation>[Çĥööšé åñ îñšþéçţîöñ ƒŕöɱ ţĥé ǫûéûé. ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Now: grade {grade} · {disposition}</source>
            <translation>[Ñöŵ: ĝŕåđé {grade} · {disposition} ~~~~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>EvidenceViewer</name>
        <message>
            <source>Zoom {zoom} %</source>
            <translation>[Žööɱ {zoom} % ~~~]</translation>
        </message>
        <message>
            <source>Catalog image</source>
            <translation>[Çåţåļöĝ îɱåĝé ~~~~~]</translation>
        </message>
        <message>
            <source>Photo checks</source>
            <translation>[Þĥöţö çĥéçķš ~~~~]</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>[Ñö. ~]</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>[Ǫûéšţîöñ ~~~]</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>[Åñšŵéŕ ~~]</translation>
        </message>
        <message>
            <source>When</source>
            <translation>[Ŵĥéñ ~~]</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>[Ŵĥö ~]</translation>
        </message>
        <message>
            <source>What</source>
            <translation>[Ŵĥåţ ~~]</translation>
        </message>
        <message>
            <source>Station #</source>
            <translation>[Šţåţîöñ # ~~~]</translation>
        </message>
        <message>
            <source>Hash</source>
            <translation>[Ĥåšĥ ~~]</translation>
        </message>
        <message>
            <source>Answers</source>
            <translation>[Åñšŵéŕš ~~~]</translation>
        </message>
        <message>
            <source>Reasons</source>
            <translation>[Ŕéåšöñš ~~~]</translation>
        </message>
        <message>
            <source>Who did what</source>
            <translation>[Ŵĥö đîđ ŵĥåţ ~~~~]</translation>
        </message>
        <message>
            <source>Label and item</source>
            <translation>[Ļåƀéļ åñđ îţéɱ ~~~~~]</translation>
        </message>
        <message>
            <source>Audit</source>
            <translation>[Åûđîţ ~~]</translation>
        </message>
        <message>
            <source>No inspection open</source>
            <translation>[Ñö îñšþéçţîöñ öþéñ ~~~~~~]</translation>
        </message>
        <message>
            <source>{product} · {rma} · {inspector} at {station} · {when}</source>
            <translation>[{product} · {rma} · {inspector} åţ {station} · {when} ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>no RMA</source>
            <translation>[ñö ŔṀÅ ~~]</translation>
        </message>
        <message>
            <source>This inspection has no photos.</source>
            <translation>[Ţĥîš îñšþéçţîöñ ĥåš ñö þĥöţöš. ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Why it is here:</source>
            <translation>[Ŵĥý îţ îš ĥéŕé: ~~~~]</translation>
        </message>
        <message>
            <source>Why the rules graded it {grade} · {disposition}:</source>
            <translation>[Ŵĥý ţĥé ŕûļéš ĝŕåđéđ îţ {grade} · {disposition}: ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Inspector set {grade} · {disposition}: {reason}</source>
            <translation>[Îñšþéçţöŕ šéţ {grade} · {disposition}: {reason} ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Label as scanned: {text} ({kind})</source>
            <translation>[Ļåƀéļ åš šçåññéđ: {text} ({kind}) ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>RMA {rma}, line {line} · order {order}</source>
            <translation>[ŔṀÅ {rma}, ļîñé {line} · öŕđéŕ {order} ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Customer: {customer} · reason: {reason} · bought {date}</source>
            <translation>[Çûšţöɱéŕ: {customer} · ŕéåšöñ: {reason} · ƀöûĝĥţ {date} ~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>SKU {sku} · serial {serial} (expected {expected})</source>
            <translation>[ŠĶÛ {sku} · šéŕîåļ {serial} (éẋþéçţéđ {expected}) ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Checklist {category} v{version} · rules {rules}</source>
            <translation>[Çĥéçķļîšţ {category} ṽ{version} · ŕûļéš {rules} ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>✓ Shop told: {where}</source>
            <translation>[✓ Šĥöþ ţöļđ: {where} ~~~~~]</translation>
        </message>
        <message>
            <source>✗ Shop refused: {reason}</source>
            <translation>[✗ Šĥöþ ŕéƒûšéđ: {reason} ~~~~~~~]</translation>
        </message>
        <message>
            <source>… Shop not told yet, waiting: {where}</source>
            <translation>[… Šĥöþ ñöţ ţöļđ ýéţ, ŵåîţîñĝ: {where} ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>As of {when}</source>
            <translation>[Åš öƒ {when} ~~~]</translation>
        </message>
        <message>
            <source>Photo {n} of {total} · {when} · SHA-256 {sha}…{prompt}</source>
            <translation>[Þĥöţö {n} öƒ {total} · {when} · ŠĤÅ-256 {sha}…{prompt} ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>No checks were stored with this photo.</source>
            <translation>[Ñö çĥéçķš ŵéŕé šţöŕéđ ŵîţĥ ţĥîš þĥöţö. ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Open inspection {id}, same picture</source>
            <translation>[Öþéñ îñšþéçţîöñ {id}, šåɱé þîçţûŕé ~~~~~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>FigureBuilder</name>
        <message>
            <source>(no reason given)</source>
            <translation>[(ñö ŕéåšöñ ĝîṽéñ) ~~~~~]</translation>
        </message>
        <message>
            <source>Returns by week</source>
            <translation>[Ŕéţûŕñš ƀý ŵééķ ~~~~~]</translation>
        </message>
        <message>
            <source>Week from</source>
            <translation>[Ŵééķ ƒŕöɱ ~~~]</translation>
        </message>
        <message>
            <source>Inspections</source>
            <translation>[Îñšþéçţîöñš ~~~~]</translation>
        </message>
        <message>
            <source>Return reasons</source>
            <translation>[Ŕéţûŕñ ŕéåšöñš ~~~~~]</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>[Ŕéåšöñ ~~]</translation>
        </message>
        <message>
            <source>Returns</source>
            <translation>[Ŕéţûŕñš ~~~]</translation>
        </message>
        <message>
            <source>Grade mix</source>
            <translation>[Ĝŕåđé ɱîẋ ~~~]</translation>
        </message>
        <message>
            <source>Grade</source>
            <translation>[Ĝŕåđé ~~]</translation>
        </message>
        <message>
            <source>Disposition mix</source>
            <translation>[Đîšþöšîţîöñ ɱîẋ ~~~~~~]</translation>
        </message>
        <message>
            <source>Disposition</source>
            <translation>[Đîšþöšîţîöñ ~~~~]</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>[ŠĶÛ ~]</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>[Þŕöđûçţ ~~~]</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>[Çåţéĝöŕý ~~~]</translation>
        </message>
        <message>
            <source>Units sold</source>
            <translation>[Ûñîţš šöļđ ~~~~]</translation>
        </message>
        <message>
            <source>Return rate</source>
            <translation>[Ŕéţûŕñ ŕåţé ~~~~]</translation>
        </message>
        <message>
            <source>Most returned</source>
            <translation>[Ṁöšţ ŕéţûŕñéđ ~~~~~]</translation>
        </message>
        <message>
            <source>Return rate, %</source>
            <translation>[Ŕéţûŕñ ŕåţé, % ~~~~]</translation>
        </message>
        <message>
            <source>Inspector</source>
            <translation>[Îñšþéçţöŕ ~~~~]</translation>
        </message>
        <message>
            <source>Items</source>
            <translation>[Îţéɱš ~~]</translation>
        </message>
        <message>
            <source>Hours worked</source>
            <translation>[Ĥöûŕš ŵöŕķéđ ~~~~]</translation>
        </message>
        <message>
            <source>Items per hour</source>
            <translation>[Îţéɱš þéŕ ĥöûŕ ~~~~~]</translation>
        </message>
        <message>
            <source>Settlement</source>
            <translation>[Šéţţļéɱéñţ ~~~~]</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>[Åɱöûñţ ~~]</translation>
        </message>
        <message>
            <source>Fees</source>
            <translation>[Ƒééš ~~]</translation>
        </message>
        <message>
            <source>Money back</source>
            <translation>[Ṁöñéý ƀåçķ ~~~~]</translation>
        </message>
        <message>
            <source>Flags by kind</source>
            <translation>[Ƒļåĝš ƀý ķîñđ ~~~~]</translation>
        </message>
        <message>
            <source>Flag</source>
            <translation>[Ƒļåĝ ~~]</translation>
        </message>
        <message>
            <source>Processing (scan to complete)</source>
            <translation>[Þŕöçéššîñĝ (šçåñ ţö çöɱþļéţé) ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Lead review turnaround</source>
            <translation>[Ļéåđ ŕéṽîéŵ ţûŕñåŕöûñđ ~~~~~~~~]</translation>
        </message>
        <message>
            <source>Median</source>
            <translation>[Ṁéđîåñ ~~]</translation>
        </message>
        <message>
            <source>p90</source>
            <translation>[þ90 ~]</translation>
        </message>
        <message>
            <source>Minutes per item</source>
            <translation>[Ṁîñûţéš þéŕ îţéɱ ~~~~~~]</translation>
        </message>
        <message>
            <source>Measure</source>
            <translation>[Ṁéåšûŕé ~~~]</translation>
        </message>
        <message>
            <source>Count</source>
            <translation>[Çöûñţ ~~]</translation>
        </message>
        <message>
            <source>Median (min)</source>
            <translation>[Ṁéđîåñ (ɱîñ) ~~~~]</translation>
        </message>
        <message>
            <source>p90 (min)</source>
            <translation>[þ90 (ɱîñ) ~~]</translation>
        </message>
    </context>
    <context>
        <name>GradeView</name>
        <message>
            <source>Why</source>
            <translation>[Ŵĥý ~]</translation>
        </message>
        <message>
            <source>Back (Backspace)</source>
            <translation>[Ɓåçķ (Ɓåçķšþåçé) ~~~~~]</translation>
        </message>
        <message>
            <source>Change outcome… (O)</source>
            <translation>[Çĥåñĝé öûţçöɱé… (Ö) ~~~~~~]</translation>
        </message>
        <message>
            <source>Complete (Enter)</source>
            <translation>[Çöɱþļéţé (Éñţéŕ) ~~~~~]</translation>
        </message>
        <message>
            <source>Recommended: {rule}</source>
            <translation>[Ŕéçöɱɱéñđéđ: {rule} ~~~~~~]</translation>
        </message>
        <message>
            <source>Cancel the change (Esc)</source>
            <translation>[Çåñçéļ ţĥé çĥåñĝé (Éšç) ~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>IdentifyView</name>
        <message>
            <source>No catalog image</source>
            <translation>[Ñö çåţåļöĝ îɱåĝé ~~~~~~]</translation>
        </message>
        <message>
            <source>RMA</source>
            <translation>[ŔṀÅ ~]</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>[Öŕđéŕ ~~]</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>[Çûšţöɱéŕ ~~~]</translation>
        </message>
        <message>
            <source>Reason given</source>
            <translation>[Ŕéåšöñ ĝîṽéñ ~~~~]</translation>
        </message>
        <message>
            <source>Purchased</source>
            <translation>[Þûŕçĥåšéđ ~~~~]</translation>
        </message>
        <message>
            <source> · key {key}</source>
            <translation>[ · ķéý {key} ~~]</translation>
        </message>
        <message>
            <source>Open inspection: line {line}, {name}</source>
            <translation>[Öþéñ îñšþéçţîöñ: ļîñé {line}, {name} ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source> (Enter)</source>
            <translation>[ (Éñţéŕ) ~~]</translation>
        </message>
        <message>
            <source>Inspect line {line}: {name} [{sku}]{serial}</source>
            <translation>[Îñšþéçţ ļîñé {line}: {name} [{sku}]{serial} ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Scan another label (Esc)</source>
            <translation>[Šçåñ åñöţĥéŕ ļåƀéļ (Éšç) ~~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>InspectPage</name>
        <message>
            <source>Your open inspection was restored where you left it.</source>
            <translation>[Ýöûŕ öþéñ îñšþéçţîöñ ŵåš ŕéšţöŕéđ ŵĥéŕé ýöû ļéƒţ îţ. ~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>This item was graded but not yet put away.</source>
            <translation>[Ţĥîš îţéɱ ŵåš ĝŕåđéđ ƀûţ ñöţ ýéţ þûţ åŵåý. ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Inspection put aside. Scan its label again to go on with it.</source>
            <translation>[Îñšþéçţîöñ þûţ åšîđé. Šçåñ îţš ļåƀéļ åĝåîñ ţö ĝö öñ ŵîţĥ îţ. ~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Aside ({n}) · F10: list</source>
            <translation>[Åšîđé ({n}) · Ƒ10: ļîšţ ~~~~]</translation>
        </message>
        <message>
            <source>Scan the container's barcode · a return label: put this item aside</source>
            <translation>[Šçåñ ţĥé çöñţåîñéŕ'š ƀåŕçöđé · å ŕéţûŕñ ļåƀéļ: þûţ ţĥîš îţéɱ åšîđé ~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Enter or 1–9: open that inspection · Esc: scan another label</source>
            <translation>[Éñţéŕ öŕ 1–9: öþéñ ţĥåţ îñšþéçţîöñ · Éšç: šçåñ åñöţĥéŕ ļåƀéļ ~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>1–9: inspect that line · Enter: the line left · Esc: scan another label</source>
            <translation>[1–9: îñšþéçţ ţĥåţ ļîñé · Éñţéŕ: ţĥé ļîñé ļéƒţ · Éšç: šçåñ åñöţĥéŕ ļåƀéļ ~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Item barcode matches {name}.</source>
            <translation>[Îţéɱ ƀåŕçöđé ɱåţçĥéš {name}. ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>This is not {name}, the product chosen for this return. It is flagged for a lead; go on with the checklist.</source>
            <translation>[Ţĥîš îš ñöţ {name}, ţĥé þŕöđûçţ çĥöšéñ ƒöŕ ţĥîš ŕéţûŕñ. Îţ îš ƒļåĝĝéđ ƒöŕ å ļéåđ; ĝö öñ ŵîţĥ ţĥé çĥéçķļîšţ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>This is not the item on the RMA. It is flagged for a lead; go on with the checklist.</source>
            <translation>[Ţĥîš îš ñöţ ţĥé îţéɱ öñ ţĥé ŔṀÅ. Îţ îš ƒļåĝĝéđ ƒöŕ å ļéåđ; ĝö öñ ŵîţĥ ţĥé çĥéçķļîšţ. ~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>This is the label of the item you are inspecting. Go on with it.</source>
            <translation>[Ţĥîš îš ţĥé ļåƀéļ öƒ ţĥé îţéɱ ýöû åŕé îñšþéçţîñĝ. Ĝö öñ ŵîţĥ îţ. ~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>An inspection is open. Complete it, or press F8 to put it aside, then scan the next label.</source>
            <translation>[Åñ îñšþéçţîöñ îš öþéñ. Çöɱþļéţé îţ, öŕ þŕéšš Ƒ8 ţö þûţ îţ åšîđé, ţĥéñ šçåñ ţĥé ñéẋţ ļåƀéļ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Still on this item. Scan the other label when this one is done.</source>
            <translation>[Šţîļļ öñ ţĥîš îţéɱ. Šçåñ ţĥé öţĥéŕ ļåƀéļ ŵĥéñ ţĥîš öñé îš đöñé. ~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{code} read</source>
            <translation>[{code} ŕéåđ ~~~]</translation>
        </message>
        <message>
            <source>Photo of the label</source>
            <translation>[Þĥöţö öƒ ţĥé ļåƀéļ ~~~~~~]</translation>
        </message>
        <message>
            <source>No barcode found in {name}. Type the RMA number, or call a lead.</source>
            <translation>[Ñö ƀåŕçöđé ƒöûñđ îñ {name}. Ţýþé ţĥé ŔṀÅ ñûɱƀéŕ, öŕ çåļļ å ļéåđ. ~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message numerus="yes">
            <source>This RMA has %n line(s) left: {lines}</source>
            <translation>
                <numerusform>[Ţĥîš ŔṀÅ ĥåš %n ļîñé(š) ļéƒţ: {lines} ~~~~~~~~~~]</numerusform>
                <numerusform>[Ţĥîš ŔṀÅ ĥåš %n ļîñé(š) ļéƒţ: {lines} ~~~~~~~~~~]</numerusform>
            </translation>
        </message>
        <message>
            <source>Reading {name}…</source>
            <translation>[Ŕéåđîñĝ {name}… ~~~~]</translation>
        </message>
        <message>
            <source>{sku} is not in the catalog. Put the item aside and call a lead.</source>
            <translation>[{sku} îš ñöţ îñ ţĥé çåţåļöĝ. Þûţ ţĥé îţéɱ åšîđé åñđ çåļļ å ļéåđ. ~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>No camera picture. Use a photo file (F) instead.</source>
            <translation>[Ñö çåɱéŕå þîçţûŕé. Ûšé å þĥöţö ƒîļé (Ƒ) îñšţéåđ. ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Photo</source>
            <translation>[Þĥöţö ~~]</translation>
        </message>
        <message>
            <source>Saving photo…</source>
            <translation>[Šåṽîñĝ þĥöţö… ~~~~]</translation>
        </message>
        <message>
            <source>Done: grade {grade}, {disposition}. {reason}</source>
            <translation>[Đöñé: ĝŕåđé {grade}, {disposition}. {reason} ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Ready: scan the next label.</source>
            <translation>[Ŕéåđý: šçåñ ţĥé ñéẋţ ļåƀéļ. ~~~~~~~~]</translation>
        </message>
        <message>
            <source>line {n}: {name}</source>
            <translation>[ļîñé {n}: {name} ~~~~]</translation>
        </message>
        <message>
            <source>Printed to {files}</source>
            <translation>[Þŕîñţéđ ţö {files} ~~~~~~]</translation>
        </message>
        <message>
            <source>Label printed.</source>
            <translation>[Ļåƀéļ þŕîñţéđ. ~~~~~]</translation>
        </message>
        <message>
            <source>The container label went to the printer.</source>
            <translation>[Ţĥé çöñţåîñéŕ ļåƀéļ ŵéñţ ţö ţĥé þŕîñţéŕ. ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>the item waiting to be placed</source>
            <translation>[ţĥé îţéɱ ŵåîţîñĝ ţö ƀé þļåçéđ ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The item waits to be placed; it comes back at the next sign-in.</source>
            <translation>[Ţĥé îţéɱ ŵåîţš ţö ƀé þļåçéđ; îţ çöɱéš ƀåçķ åţ ţĥé ñéẋţ šîĝñ-îñ. ~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Still on this item: scan its container first.</source>
            <translation>[Šţîļļ öñ ţĥîš îţéɱ: šçåñ îţš çöñţåîñéŕ ƒîŕšţ. ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Inspection</source>
            <translation>[Îñšþéçţîöñ ~~~~]</translation>
        </message>
    </context>
    <context>
        <name>ItemLabelPrinting</name>
        <message>
            <source>Label printer for item labels</source>
            <translation>[Ļåƀéļ þŕîñţéŕ ƒöŕ îţéɱ ļåƀéļš ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>No thermal printer is set for item labels. Type its address (host:9100), its device (/dev/usb/lp0) or its print queue; it is kept for the next labels.</source>
            <translation>[Ñö ţĥéŕɱåļ þŕîñţéŕ îš šéţ ƒöŕ îţéɱ ļåƀéļš. Ţýþé îţš åđđŕéšš (ĥöšţ:9100), îţš đéṽîçé (/đéṽ/ûšƀ/ļþ0) öŕ îţš þŕîñţ ǫûéûé; îţ îš ķéþţ ƒöŕ ţĥé ñéẋţ ļåƀéļš. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Print the item's label</source>
            <translation>[Þŕîñţ ţĥé îţéɱ'š ļåƀéļ ~~~~~~~]</translation>
        </message>
        <message>
            <source>The printer did not take the item's label. Check that it is on and has labels.</source>
            <translation>[Ţĥé þŕîñţéŕ đîđ ñöţ ţåķé ţĥé îţéɱ'š ļåƀéļ. Çĥéçķ ţĥåţ îţ îš öñ åñđ ĥåš ļåƀéļš. ~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The item's label was not printed; it is saved as {file}.</source>
            <translation>[Ţĥé îţéɱ'š ļåƀéļ ŵåš ñöţ þŕîñţéđ; îţ îš šåṽéđ åš {file}. ~~~~~~~~~~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>ItemPanel</name>
        <message>
            <source>Reason: {reason}</source>
            <translation>[Ŕéåšöñ: {reason} ~~~~~]</translation>
        </message>
        <message>
            <source>Bought {date}</source>
            <translation>[Ɓöûĝĥţ {date} ~~~~]</translation>
        </message>
        <message>
            <source>Serial on RMA: {serial}</source>
            <translation>[Šéŕîåļ öñ ŔṀÅ: {serial} ~~~~~~~]</translation>
        </message>
        <message>
            <source>Unexpected return (no RMA)</source>
            <translation>[Ûñéẋþéçţéđ ŕéţûŕñ (ñö ŔṀÅ) ~~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>LimitsView</name>
        <message>
            <source>Blur limit: sharpness at least</source>
            <translation>[Ɓļûŕ ļîɱîţ: šĥåŕþñéšš åţ ļéåšţ ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Contrast at least</source>
            <translation>[Çöñţŕåšţ åţ ļéåšţ ~~~~~~]</translation>
        </message>
        <message>
            <source>Too dark: brightest parts below</source>
            <translation>[Ţöö đåŕķ: ƀŕîĝĥţéšţ þåŕţš ƀéļöŵ ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Too bright: darkest parts above</source>
            <translation>[Ţöö ƀŕîĝĥţ: đåŕķéšţ þåŕţš åƀöṽé ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Glare at most</source>
            <translation>[Ĝļåŕé åţ ɱöšţ ~~~~]</translation>
        </message>
        <message>
            <source>Item covers at least</source>
            <translation>[Îţéɱ çöṽéŕš åţ ļéåšţ ~~~~~~~]</translation>
        </message>
        <message>
            <source>Suggested blur limit</source>
            <translation>[Šûĝĝéšţéđ ƀļûŕ ļîɱîţ ~~~~~~~]</translation>
        </message>
        <message>
            <source>Calibrated for this camera.</source>
            <translation>[Çåļîƀŕåţéđ ƒöŕ ţĥîš çåɱéŕå. ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Not calibrated yet: the shipped defaults.</source>
            <translation>[Ñöţ çåļîƀŕåţéđ ýéţ: ţĥé šĥîþþéđ đéƒåûļţš. ~~~~~~~~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Returns inspection</source>
            <translation>[Ŕéţûŕñš îñšþéçţîöñ ~~~~~~~]</translation>
        </message>
        <message>
            <source>Returns inspection — {station}</source>
            <translation>[Ŕéţûŕñš îñšþéçţîöñ — {station} ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Sign out (F12)</source>
            <translation>[Šîĝñ öûţ (Ƒ12) ~~~]</translation>
        </message>
        <message>
            <source>Language (F9)</source>
            <translation>[Ļåñĝûåĝé (Ƒ9) ~~~~]</translation>
        </message>
        <message>
            <source>Type the label or use a photo file.</source>
            <translation>[Ţýþé ţĥé ļåƀéļ öŕ ûšé å þĥöţö ƒîļé. ~~~~~~~~~~~]</translation>
        </message>
        <message numerus="yes">
            <source>This shift: %n item(s)</source>
            <translation>
                <numerusform>[Ţĥîš šĥîƒţ: %n îţéɱ(š) ~~~~~~]</numerusform>
                <numerusform>[Ţĥîš šĥîƒţ: %n îţéɱ(š) ~~~~~~]</numerusform>
            </translation>
        </message>
        <message>
            <source>median {time} per item</source>
            <translation>[ɱéđîåñ {time} þéŕ îţéɱ ~~~~~~~]</translation>
        </message>
        <message>
            <source>Stand-alone · {n} to send</source>
            <translation>[Šţåñđ-åļöñé · {n} ţö šéñđ ~~~~~~~]</translation>
        </message>
        <message>
            <source>Synced</source>
            <translation>[Šýñçéđ ~~]</translation>
        </message>
        <message>
            <source>Offline since {time} · {n} waiting</source>
            <translation>[Öƒƒļîñé šîñçé {time} · {n} ŵåîţîñĝ ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Sync error: {what}</source>
            <translation>[Šýñç éŕŕöŕ: {what} ~~~~~]</translation>
        </message>
        <message>
            <source>{n} waiting</source>
            <translation>[{n} ŵåîţîñĝ ~~~]</translation>
        </message>
        <message>
            <source>Grade {grade}.</source>
            <translation>[Ĝŕåđé {grade}. ~~~~]</translation>
        </message>
        <message>
            <source>Move tasks open: {n}</source>
            <translation>[Ṁöṽé ţåšķš öþéñ: {n} ~~~~~~]</translation>
        </message>
        <message>
            <source>F9: language</source>
            <translation>[Ƒ9: ļåñĝûåĝé ~~~~]</translation>
        </message>
        <message>
            <source>Scan your badge · or pick your name, then PIN and Enter</source>
            <translation>[Šçåñ ýöûŕ ƀåđĝé · öŕ þîçķ ýöûŕ ñåɱé, ţĥéñ ÞÎÑ åñđ Éñţéŕ ~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Scan a label · type it and Enter · drop a label photo · Esc: back</source>
            <translation>[Šçåñ å ļåƀéļ · ţýþé îţ åñđ Éñţéŕ · đŕöþ å ļåƀéļ þĥöţö · Éšç: ƀåçķ ~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>1–9 choose · Enter: next · Backspace: back · F8: put aside</source>
            <translation>[1–9 çĥööšé · Éñţéŕ: ñéẋţ · Ɓåçķšþåçé: ƀåçķ · Ƒ8: þûţ åšîđé ~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Space: take photo · F: photo file · ←/→: pick a photo · Delete: remove it · Enter: to the grade · Backspace: back · F8: put aside</source>
            <translation>[Šþåçé: ţåķé þĥöţö · Ƒ: þĥöţö ƒîļé · ←/→: þîçķ å þĥöţö · Đéļéţé: ŕéɱöṽé îţ · Éñţéŕ: ţö ţĥé ĝŕåđé · Ɓåçķšþåçé: ƀåçķ · Ƒ8: þûţ åšîđé ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Enter: complete · O: change outcome · Backspace: back · F8: put aside</source>
            <translation>[Éñţéŕ: çöɱþļéţé · Ö: çĥåñĝé öûţçöɱé · Ɓåçķšþåçé: ƀåçķ · Ƒ8: þûţ åšîđé ~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>OutcomeChoice</name>
        <message>
            <source>Customer's reason confirmed</source>
            <translation>[Çûšţöɱéŕ'š ŕéåšöñ çöñƒîŕɱéđ ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Wrong item in the box</source>
            <translation>[Ŵŕöñĝ îţéɱ îñ ţĥé ƀöẋ ~~~~~~~]</translation>
        </message>
        <message>
            <source>Damage the checklist missed</source>
            <translation>[Đåɱåĝé ţĥé çĥéçķļîšţ ɱîššéđ ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Parts missing</source>
            <translation>[Þåŕţš ɱîššîñĝ ~~~~~]</translation>
        </message>
        <message>
            <source>Better than the answers say</source>
            <translation>[Ɓéţţéŕ ţĥåñ ţĥé åñšŵéŕš šåý ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Other (type why)</source>
            <translation>[Öţĥéŕ (ţýþé ŵĥý) ~~~~~]</translation>
        </message>
        <message>
            <source>Choose the new grade, disposition and reason.</source>
            <translation>[Çĥööšé ţĥé ñéŵ ĝŕåđé, đîšþöšîţîöñ åñđ ŕéåšöñ. ~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Type why, then Enter.</source>
            <translation>[Ţýþé ŵĥý, ţĥéñ Éñţéŕ. ~~~~~~]</translation>
        </message>
        <message>
            <source>Enter completes with this outcome.</source>
            <translation>[Éñţéŕ çöɱþļéţéš ŵîţĥ ţĥîš öûţçöɱé. ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Choose a reason ({first}–{last}), then Enter.</source>
            <translation>[Çĥööšé å ŕéåšöñ ({first}–{last}), ţĥéñ Éñţéŕ. ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>"Other": type why in the field, then Enter.</source>
            <translation>["Öţĥéŕ": ţýþé ŵĥý îñ ţĥé ƒîéļđ, ţĥéñ Éñţéŕ. ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{reason}: {note}</source>
            <translation>[{reason}: {note} ~~~~]</translation>
        </message>
        <message>
            <source>{first}–{last}: grade · {d1}–{d2}: disposition · {r1}–{r2}: reason · Tab: note · Enter: complete · Esc: cancel</source>
            <translation>[{first}–{last}: ĝŕåđé · {d1}–{d2}: đîšþöšîţîöñ · {r1}–{r2}: ŕéåšöñ · Ţåƀ: ñöţé · Éñţéŕ: çöɱþļéţé · Éšç: çåñçéļ ~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Type why (required for Other)</source>
            <translation>[Ţýþé ŵĥý (ŕéǫûîŕéđ ƒöŕ Öţĥéŕ) ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>A note for the lead (optional): Tab, then type</source>
            <translation>[Å ñöţé ƒöŕ ţĥé ļéåđ (öþţîöñåļ): Ţåƀ, ţĥéñ ţýþé ~~~~~~~~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>OutcomeHeader</name>
        <message>
            <source>{disposition} (pending)</source>
            <translation>[{disposition} (þéñđîñĝ) ~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>OutcomeView</name>
        <message>
            <source>Why</source>
            <translation>[Ŵĥý ~]</translation>
        </message>
        <message>
            <source>Restock (R)</source>
            <translation>[Ŕéšţöçķ (Ŕ) ~~~]</translation>
        </message>
        <message>
            <source>Dispose (D)</source>
            <translation>[Đîšþöšé (Đ) ~~~]</translation>
        </message>
        <message>
            <source>Why, when you choose against the checklist (required then)</source>
            <translation>[Ŵĥý, ŵĥéñ ýöû çĥööšé åĝåîñšţ ţĥé çĥéçķļîšţ (ŕéǫûîŕéđ ţĥéñ) ~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Back (Backspace)</source>
            <translation>[Ɓåçķ (Ɓåçķšþåçé) ~~~~~]</translation>
        </message>
        <message>
            <source>Confirm (Enter)</source>
            <translation>[Çöñƒîŕɱ (Éñţéŕ) ~~~~~]</translation>
        </message>
        <message>
            <source>The checklist still finds work to do ({disposition}). Record more work, or choose restock or dispose and say why.</source>
            <translation>[Ţĥé çĥéçķļîšţ šţîļļ ƒîñđš ŵöŕķ ţö đö ({disposition}). Ŕéçöŕđ ɱöŕé ŵöŕķ, öŕ çĥööšé ŕéšţöçķ öŕ đîšþöšé åñđ šåý ŵĥý. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The checklist says: {disposition}. Confirm, or choose the other and say why.</source>
            <translation>[Ţĥé çĥéçķļîšţ šåýš: {disposition}. Çöñƒîŕɱ, öŕ çĥööšé ţĥé öţĥéŕ åñđ šåý ŵĥý. ~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>ParkQuestion</name>
        <message>
            <source>New label scanned</source>
            <translation>[Ñéŵ ļåƀéļ šçåññéđ ~~~~~~]</translation>
        </message>
        <message>
            <source>You scanned {label} while {name} is open. Put {name} aside and open the new label?</source>
            <translation>[Ýöû šçåññéđ {label} ŵĥîļé {name} îš öþéñ. Þûţ {name} åšîđé åñđ öþéñ ţĥé ñéŵ ļåƀéļ? ~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Nothing is lost: scan its label again to go on with it.</source>
            <translation>[Ñöţĥîñĝ îš ļöšţ: šçåñ îţš ļåƀéļ åĝåîñ ţö ĝö öñ ŵîţĥ îţ. ~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Put aside, open the new label (Enter)</source>
            <translation>[Þûţ åšîđé, öþéñ ţĥé ñéŵ ļåƀéļ (Éñţéŕ) ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Stay with this item (Esc)</source>
            <translation>[Šţåý ŵîţĥ ţĥîš îţéɱ (Éšç) ~~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>PhotoCard</name>
        <message>
            <source>Not taken yet</source>
            <translation>[Ñöţ ţåķéñ ýéţ ~~~~]</translation>
        </message>
        <message>
            <source>Measuring…</source>
            <translation>[Ṁéåšûŕîñĝ… ~~~~]</translation>
        </message>
        <message>
            <source>Sharpness {score}</source>
            <translation>[Šĥåŕþñéšš {score} ~~~~~~]</translation>
        </message>
        <message>
            <source>Not measured: take it again.</source>
            <translation>[Ñöţ ɱéåšûŕéđ: ţåķé îţ åĝåîñ. ~~~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>PhotosView</name>
        <message>
            <source>Photos</source>
            <translation>[Þĥöţöš ~~]</translation>
        </message>
        <message>
            <source>Remove photo (Delete)</source>
            <translation>[Ŕéɱöṽé þĥöţö (Đéļéţé) ~~~~~~~]</translation>
        </message>
        <message>
            <source>No camera picture: use a photo file</source>
            <translation>[Ñö çåɱéŕå þîçţûŕé: ûšé å þĥöţö ƒîļé ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Take photo (Space)</source>
            <translation>[Ţåķé þĥöţö (Šþåçé) ~~~~~~]</translation>
        </message>
        <message>
            <source>Photo file… (F)</source>
            <translation>[Þĥöţö ƒîļé… (Ƒ) ~~~~]</translation>
        </message>
        <message>
            <source>Back (Backspace)</source>
            <translation>[Ɓåçķ (Ɓåçķšþåçé) ~~~~~]</translation>
        </message>
        <message>
            <source>To the grade (Enter)</source>
            <translation>[Ţö ţĥé ĝŕåđé (Éñţéŕ) ~~~~~~]</translation>
        </message>
        <message>
            <source>Why keep this photo anyway? (a few words)</source>
            <translation>[Ŵĥý ķééþ ţĥîš þĥöţö åñýŵåý? (å ƒéŵ ŵöŕđš) ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Retake (R)</source>
            <translation>[Ŕéţåķé (Ŕ) ~~~]</translation>
        </message>
        <message>
            <source>Keep with this reason</source>
            <translation>[Ķééþ ŵîţĥ ţĥîš ŕéåšöñ ~~~~~~~]</translation>
        </message>
        <message>
            <source>{photo} (kept)</source>
            <translation>[{photo} (ķéþţ) ~~~~]</translation>
        </message>
        <message>
            <source>{photo} (retake?)</source>
            <translation>[{photo} (ŕéţåķé?) ~~~~]</translation>
        </message>
        <message>
            <source>A photo failed its check: retake it (R) or keep it with a reason.</source>
            <translation>[Å þĥöţö ƒåîļéđ îţš çĥéçķ: ŕéţåķé îţ (Ŕ) öŕ ķééþ îţ ŵîţĥ å ŕéåšöñ. ~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>A photo is still needed (see above). Take it with Space, or use a photo file (F).</source>
            <translation>[Å þĥöţö îš šţîļļ ñééđéđ (šéé åƀöṽé). Ţåķé îţ ŵîţĥ Šþåçé, öŕ ûšé å þĥöţö ƒîļé (Ƒ). ~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>A photo failed its check: R retakes it, Enter again goes to the grade.</source>
            <translation>[Å þĥöţö ƒåîļéđ îţš çĥéçķ: Ŕ ŕéţåķéš îţ, Éñţéŕ åĝåîñ ĝöéš ţö ţĥé ĝŕåđé. ~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The photo matches the product's catalog picture {score} %.</source>
            <translation>[Ţĥé þĥöţö ɱåţçĥéš ţĥé þŕöđûçţ'š çåţåļöĝ þîçţûŕé {score} %. ~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The photo for “{photo}” is not good enough as evidence:</source>
            <translation>[Ţĥé þĥöţö ƒöŕ “{photo}” îš ñöţ ĝööđ éñöûĝĥ åš éṽîđéñçé: ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>This picture was already used for another inspection. Take a new photo of this item; a lead will look at it.</source>
            <translation>[Ţĥîš þîçţûŕé ŵåš åļŕéåđý ûšéđ ƒöŕ åñöţĥéŕ îñšþéçţîöñ. Ţåķé å ñéŵ þĥöţö öƒ ţĥîš îţéɱ; å ļéåđ ŵîļļ ļööķ åţ îţ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Still needed:</source>
            <translation>[Šţîļļ ñééđéđ: ~~~~]</translation>
        </message>
        <message>
            <source>All required photos are taken. Add more if they help, or go on to the grade.</source>
            <translation>[Åļļ ŕéǫûîŕéđ þĥöţöš åŕé ţåķéñ. Åđđ ɱöŕé îƒ ţĥéý ĥéļþ, öŕ ĝö öñ ţö ţĥé ĝŕåđé. ~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Photo {n}</source>
            <translation>[Þĥöţö {n} ~~]</translation>
        </message>
    </context>
    <context>
        <name>PutAwayView</name>
        <message>
            <source>Scan the container's barcode to confirm.</source>
            <translation>[Šçåñ ţĥé çöñţåîñéŕ'š ƀåŕçöđé ţö çöñƒîŕɱ. ~~~~~~~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>QAbstractFileIconProvider</name>
        <message>
            <source>Folder</source>
            <translation>[Ƒöļđéŕ ~~]</translation>
        </message>
        <message>
            <source>Drive</source>
            <translation>[Đŕîṽé ~~]</translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <source>&amp;Look in:</source>
            <translation>[&amp;Ļööķ îñ: ~~]</translation>
        </message>
        <message>
            <source>Files of &amp;type:</source>
            <translation>[Ƒîļéš öƒ &amp;ţýþé: ~~~~]</translation>
        </message>
    </context>
    <context>
        <name>QPrintSettingsOutput</name>
        <message>
            <source>Page &amp;Set:</source>
            <translation>[Þåĝé &amp;Šéţ: ~~~]</translation>
        </message>
        <message>
            <source>Pages</source>
            <translation>[Þåĝéš ~~]</translation>
        </message>
        <message>
            <source>Double Sided Printing</source>
            <translation>[Đöûƀļé Šîđéđ Þŕîñţîñĝ ~~~~~~~~]</translation>
        </message>
        <message>
            <source>Long side binding</source>
            <translation>[Ļöñĝ šîđé ƀîñđîñĝ ~~~~~~]</translation>
        </message>
        <message>
            <source>Short side binding</source>
            <translation>[Šĥöŕţ šîđé ƀîñđîñĝ ~~~~~~]</translation>
        </message>
        <message>
            <source>Off</source>
            <translation>[Öƒƒ ~]</translation>
        </message>
        <message>
            <source>Form</source>
            <translation>[Ƒöŕɱ ~~]</translation>
        </message>
    </context>
    <context>
        <name>QueuePanel</name>
        <message>
            <source>{n} min</source>
            <translation>[{n} ɱîñ ~~]</translation>
        </message>
        <message>
            <source>{n} h</source>
            <translation>[{n} ĥ ~]</translation>
        </message>
        <message>
            <source>{n} d</source>
            <translation>[{n} đ ~]</translation>
        </message>
        <message>
            <source>Review queue</source>
            <translation>[Ŕéṽîéŵ ǫûéûé ~~~~]</translation>
        </message>
        <message>
            <source>Waiting for a lead</source>
            <translation>[Ŵåîţîñĝ ƒöŕ å ļéåđ ~~~~~~]</translation>
        </message>
        <message>
            <source>Decided</source>
            <translation>[Đéçîđéđ ~~~]</translation>
        </message>
        <message>
            <source>All</source>
            <translation>[Åļļ ~]</translation>
        </message>
        <message>
            <source>Oldest first</source>
            <translation>[Öļđéšţ ƒîŕšţ ~~~~]</translation>
        </message>
        <message>
            <source>Newest first</source>
            <translation>[Ñéŵéšţ ƒîŕšţ ~~~~]</translation>
        </message>
        <message>
            <source>Any station</source>
            <translation>[Åñý šţåţîöñ ~~~~]</translation>
        </message>
        <message>
            <source>Any inspector</source>
            <translation>[Åñý îñšþéçţöŕ ~~~~~]</translation>
        </message>
        <message>
            <source>Any category</source>
            <translation>[Åñý çåţéĝöŕý ~~~~]</translation>
        </message>
        <message>
            <source>Any grade</source>
            <translation>[Åñý ĝŕåđé ~~~]</translation>
        </message>
        <message>
            <source>Grade {grade}</source>
            <translation>[Ĝŕåđé {grade} ~~~~]</translation>
        </message>
        <message>
            <source>Any disposition</source>
            <translation>[Åñý đîšþöšîţîöñ ~~~~~~]</translation>
        </message>
        <message>
            <source>From any day</source>
            <translation>[Ƒŕöɱ åñý đåý ~~~~]</translation>
        </message>
        <message>
            <source>To any day</source>
            <translation>[Ţö åñý đåý ~~~]</translation>
        </message>
        <message>
            <source>Age</source>
            <translation>[Åĝé ~]</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>[Îţéɱ ~~]</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>[Öûţçöɱé ~~~]</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>[Ŵĥý ~]</translation>
        </message>
        <message numerus="yes">
            <source>First %n of {total} — narrow with the filters, or ↓ at the end for more</source>
            <translation>
                <numerusform>[Ƒîŕšţ %n öƒ {total} — ñåŕŕöŵ ŵîţĥ ţĥé ƒîļţéŕš, öŕ ↓ åţ ţĥé éñđ ƒöŕ ɱöŕé ~~~~~~~~~~~~~~~~~~~~]</numerusform>
                <numerusform>[Ƒîŕšţ %n öƒ {total} — ñåŕŕöŵ ŵîţĥ ţĥé ƒîļţéŕš, öŕ ↓ åţ ţĥé éñđ ƒöŕ ɱöŕé ~~~~~~~~~~~~~~~~~~~~]</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n inspection(s)</source>
            <translation>
                <numerusform>[%n îñšþéçţîöñ(š) ~~~~~]</numerusform>
                <numerusform>[%n îñšþéçţîöñ(š) ~~~~~]</numerusform>
            </translation>
        </message>
        <message>
            <source>All ({n})</source>
            <translation>[Åļļ ({n}) ~~]</translation>
        </message>
    </context>
    <context>
        <name>QueueView</name>
        <message>
            <source>Refurb queue</source>
            <translation>[Ŕéƒûŕƀ ǫûéûé ~~~~]</translation>
        </message>
        <message>
            <source>All categories</source>
            <translation>[Åļļ çåţéĝöŕîéš ~~~~~]</translation>
        </message>
        <message>
            <source>Scan the slip's QR code or the item's label, or type it</source>
            <translation>[Šçåñ ţĥé šļîþ'š ǪŔ çöđé öŕ ţĥé îţéɱ'š ļåƀéļ, öŕ ţýþé îţ ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Find (Enter)</source>
            <translation>[Ƒîñđ (Éñţéŕ) ~~~~]</translation>
        </message>
        <message>
            <source>Waiting since</source>
            <translation>[Ŵåîţîñĝ šîñçé ~~~~~]</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>[Îţéɱ ~~]</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>[ŠĶÛ ~]</translation>
        </message>
        <message>
            <source>Grade</source>
            <translation>[Ĝŕåđé ~~]</translation>
        </message>
        <message>
            <source>RMA</source>
            <translation>[ŔṀÅ ~]</translation>
        </message>
        <message>
            <source>Work</source>
            <translation>[Ŵöŕķ ~~]</translation>
        </message>
        <message>
            <source>Open (Enter)</source>
            <translation>[Öþéñ (Éñţéŕ) ~~~~]</translation>
        </message>
        <message>
            <source>Print slips of the selection (Ctrl+P)</source>
            <translation>[Þŕîñţ šļîþš öƒ ţĥé šéļéçţîöñ (Çţŕļ+Þ) ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Reason, if printed before</source>
            <translation>[Ŕéåšöñ, îƒ þŕîñţéđ ƀéƒöŕé ~~~~~~~~]</translation>
        </message>
        <message numerus="yes">
            <source>Refurb queue: %n item(s)</source>
            <translation>
                <numerusform>[Ŕéƒûŕƀ ǫûéûé: %n îţéɱ(š) ~~~~~~~]</numerusform>
                <numerusform>[Ŕéƒûŕƀ ǫûéûé: %n îţéɱ(š) ~~~~~~~]</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>First %n shown — narrow with the category, or ↓ at the end for more</source>
            <translation>
                <numerusform>[Ƒîŕšţ %n šĥöŵñ — ñåŕŕöŵ ŵîţĥ ţĥé çåţéĝöŕý, öŕ ↓ åţ ţĥé éñđ ƒöŕ ɱöŕé ~~~~~~~~~~~~~~~~~~~~]</numerusform>
                <numerusform>[Ƒîŕšţ %n šĥöŵñ — ñåŕŕöŵ ŵîţĥ ţĥé çåţéĝöŕý, öŕ ↓ åţ ţĥé éñđ ƒöŕ ɱöŕé ~~~~~~~~~~~~~~~~~~~~]</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RefurbPage</name>
        <message>
            <source>Finish or leave the re-grade first, then scan the next item.</source>
            <translation>[Ƒîñîšĥ öŕ ļéåṽé ţĥé ŕé-ĝŕåđé ƒîŕšţ, ţĥéñ šçåñ ţĥé ñéẋţ îţéɱ. ~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Photo after the work</source>
            <translation>[Þĥöţö åƒţéŕ ţĥé ŵöŕķ ~~~~~~~]</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>[Šåṽîñĝ… ~~]</translation>
        </message>
        <message>
            <source>Tab: next field · Ctrl+S: save work · Ctrl+G: re-grade · Ctrl+P: print slip · Ctrl+O: photo file · Esc: back to the queue</source>
            <translation>[Ţåƀ: ñéẋţ ƒîéļđ · Çţŕļ+Š: šåṽé ŵöŕķ · Çţŕļ+Ĝ: ŕé-ĝŕåđé · Çţŕļ+Þ: þŕîñţ šļîþ · Çţŕļ+Ö: þĥöţö ƒîļé · Éšç: ƀåçķ ţö ţĥé ǫûéûé ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>1–9 choose · Enter: next · Backspace: back</source>
            <translation>[1–9 çĥööšé · Éñţéŕ: ñéẋţ · Ɓåçķšþåçé: ƀåçķ ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>R: restock · D: dispose · type why when you choose against the checklist · Enter: confirm · Backspace: back</source>
            <translation>[Ŕ: ŕéšţöçķ · Đ: đîšþöšé · ţýþé ŵĥý ŵĥéñ ýöû çĥööšé åĝåîñšţ ţĥé çĥéçķļîšţ · Éñţéŕ: çöñƒîŕɱ · Ɓåçķšþåçé: ƀåçķ ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Scan a slip or an item label · ↑/↓: choose (↓ at the end: more) · Enter: open · Ctrl+P: print slips of the selection · Tab: category, reason · F5: refresh</source>
            <translation>[Šçåñ å šļîþ öŕ åñ îţéɱ ļåƀéļ · ↑/↓: çĥööšé (↓ åţ ţĥé éñđ: ɱöŕé) · Éñţéŕ: öþéñ · Çţŕļ+Þ: þŕîñţ šļîþš öƒ ţĥé šéļéçţîöñ · Ţåƀ: çåţéĝöŕý, ŕéåšöñ · Ƒ5: ŕéƒŕéšĥ ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Work saved. Re-grade when the item is ready.</source>
            <translation>[Ŵöŕķ šåṽéđ. Ŕé-ĝŕåđé ŵĥéñ ţĥé îţéɱ îš ŕéåđý. ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Re-graded {grade}: {disposition}. Print its new slip from the list if it needs one.</source>
            <translation>[Ŕé-ĝŕåđéđ {grade}: {disposition}. Þŕîñţ îţš ñéŵ šļîþ ƒŕöɱ ţĥé ļîšţ îƒ îţ ñééđš öñé. ~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message numerus="yes">
            <source>%n slip(s) printed.</source>
            <translation>
                <numerusform>[%n šļîþ(š) þŕîñţéđ. ~~~~~]</numerusform>
                <numerusform>[%n šļîþ(š) þŕîñţéđ. ~~~~~]</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReviewPage</name>
        <message>
            <source>No inspection here for {label}. Sync, or check the label.</source>
            <translation>[Ñö îñšþéçţîöñ ĥéŕé ƒöŕ {label}. Šýñç, öŕ çĥéçķ ţĥé ļåƀéļ. ~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>↑/↓: queue (↓ at the end: more) · {first}–{last}: new grade · 1–{n}: disposition · R: reason, Enter: regrade or approve · Ctrl+Enter: approve · P: evidence packet · PgUp/PgDn: photo · + − 0 1 on the photo: zoom</source>
            <translation>[↑/↓: ǫûéûé (↓ åţ ţĥé éñđ: ɱöŕé) · {first}–{last}: ñéŵ ĝŕåđé · 1–{n}: đîšþöšîţîöñ · Ŕ: ŕéåšöñ, Éñţéŕ: ŕéĝŕåđé öŕ åþþŕöṽé · Çţŕļ+Éñţéŕ: åþþŕöṽé · Þ: éṽîđéñçé þåçķéţ · ÞĝÛþ/ÞĝĐñ: þĥöţö · + − 0 1 öñ ţĥé þĥöţö: žööɱ ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Approved: grade {grade} · {disposition}.</source>
            <translation>[Åþþŕöṽéđ: ĝŕåđé {grade} · {disposition}. ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Regraded to {grade} · {disposition}.</source>
            <translation>[Ŕéĝŕåđéđ ţö {grade} · {disposition}. ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Save the evidence packet</source>
            <translation>[Šåṽé ţĥé éṽîđéñçé þåçķéţ ~~~~~~~~]</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>[ÞĐƑ (*.þđƒ) ~~]</translation>
        </message>
        <message>
            <source>Writing the evidence packet…</source>
            <translation>[Ŵŕîţîñĝ ţĥé éṽîđéñçé þåçķéţ… ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Evidence packet saved: {path}</source>
            <translation>[Éṽîđéñçé þåçķéţ šåṽéđ: {path} ~~~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>ReviewReasons</name>
        <message>
            <source>Inspector override</source>
            <translation>[Îñšþéçţöŕ öṽéŕŕîđé ~~~~~~~]</translation>
        </message>
        <message>
            <source>Unexpected return</source>
            <translation>[Ûñéẋþéçţéđ ŕéţûŕñ ~~~~~~]</translation>
        </message>
        <message>
            <source>Wrong item</source>
            <translation>[Ŵŕöñĝ îţéɱ ~~~~]</translation>
        </message>
        <message>
            <source>Serial mismatch</source>
            <translation>[Šéŕîåļ ɱîšɱåţçĥ ~~~~~~]</translation>
        </message>
        <message>
            <source>Empty box</source>
            <translation>[Éɱþţý ƀöẋ ~~~]</translation>
        </message>
        <message>
            <source>Missing item</source>
            <translation>[Ṁîššîñĝ îţéɱ ~~~~]</translation>
        </message>
        <message>
            <source>Unsafe</source>
            <translation>[Ûñšåƒé ~~]</translation>
        </message>
        <message>
            <source>Account locked</source>
            <translation>[Åççöûñţ ļöçķéđ ~~~~~]</translation>
        </message>
        <message>
            <source>High-value disposal</source>
            <translation>[Ĥîĝĥ-ṽåļûé đîšþöšåļ ~~~~~~~]</translation>
        </message>
        <message>
            <source>Quality sample</source>
            <translation>[Ǫûåļîţý šåɱþļé ~~~~~]</translation>
        </message>
        <message>
            <source>Photo quality</source>
            <translation>[Þĥöţö ǫûåļîţý ~~~~~]</translation>
        </message>
        <message>
            <source>Reused photo</source>
            <translation>[Ŕéûšéđ þĥöţö ~~~~]</translation>
        </message>
        <message>
            <source>Wrong item hint</source>
            <translation>[Ŵŕöñĝ îţéɱ ĥîñţ ~~~~~]</translation>
        </message>
        <message>
            <source>Outside window</source>
            <translation>[Öûţšîđé ŵîñđöŵ ~~~~~]</translation>
        </message>
        <message>
            <source>Repeat returner</source>
            <translation>[Ŕéþéåţ ŕéţûŕñéŕ ~~~~~~]</translation>
        </message>
        <message>
            <source>Used, sold as unopened</source>
            <translation>[Ûšéđ, šöļđ åš ûñöþéñéđ ~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>ScanFlash</name>
        <message>
            <source>Read OK</source>
            <translation>[Ŕéåđ ÖĶ ~~]</translation>
        </message>
        <message>
            <source>Already inspected</source>
            <translation>[Åļŕéåđý îñšþéçţéđ ~~~~~~]</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>[Šåṽéđ ~~]</translation>
        </message>
        <message>
            <source>Photo needed</source>
            <translation>[Þĥöţö ñééđéđ ~~~~]</translation>
        </message>
        <message>
            <source>Not recognised</source>
            <translation>[Ñöţ ŕéçöĝñîšéđ ~~~~~]</translation>
        </message>
        <message>
            <source>Ready to scan</source>
            <translation>[Ŕéåđý ţö šçåñ ~~~~]</translation>
        </message>
    </context>
    <context>
        <name>ScanView</name>
        <message>
            <source>Scan the return label</source>
            <translation>[Šçåñ ţĥé ŕéţûŕñ ļåƀéļ ~~~~~~~]</translation>
        </message>
        <message>
            <source>Hold the label under the camera, use the hand scanner, type the RMA number, or drop a photo of the label here.</source>
            <translation>[Ĥöļđ ţĥé ļåƀéļ ûñđéŕ ţĥé çåɱéŕå, ûšé ţĥé ĥåñđ šçåññéŕ, ţýþé ţĥé ŔṀÅ ñûɱƀéŕ, öŕ đŕöþ å þĥöţö öƒ ţĥé ļåƀéļ ĥéŕé. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>No camera picture</source>
            <translation>[Ñö çåɱéŕå þîçţûŕé ~~~~~~]</translation>
        </message>
        <message>
            <source>RMA number, SKU, GTIN or serial</source>
            <translation>[ŔṀÅ ñûɱƀéŕ, ŠĶÛ, ĜŢÎÑ öŕ šéŕîåļ ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Find (Enter)</source>
            <translation>[Ƒîñđ (Éñţéŕ) ~~~~]</translation>
        </message>
        <message>
            <source>Label photo…</source>
            <translation>[Ļåƀéļ þĥöţö… ~~~~]</translation>
        </message>
    </context>
    <context>
        <name>SignInPage</name>
        <message>
            <source>Sign in</source>
            <translation>[Šîĝñ îñ ~~]</translation>
        </message>
        <message>
            <source>Scan your badge, or pick your name.</source>
            <translation>[Šçåñ ýöûŕ ƀåđĝé, öŕ þîçķ ýöûŕ ñåɱé. ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Opening the station…</source>
            <translation>[Öþéñîñĝ ţĥé šţåţîöñ… ~~~~~~~]</translation>
        </message>
        <message>
            <source>Inspector</source>
            <translation>[Îñšþéçţöŕ ~~~~]</translation>
        </message>
        <message>
            <source>Shift lead</source>
            <translation>[Šĥîƒţ ļéåđ ~~~~]</translation>
        </message>
        <message>
            <source>Refurb</source>
            <translation>[Ŕéƒûŕƀ ~~]</translation>
        </message>
        <message>
            <source>Admin</source>
            <translation>[Åđɱîñ ~~]</translation>
        </message>
        <message>
            <source>Type your PIN and press Enter.</source>
            <translation>[Ţýþé ýöûŕ ÞÎÑ åñđ þŕéšš Éñţéŕ. ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Unlock (Enter, or scan a lead's badge)</source>
            <translation>[Ûñļöçķ (Éñţéŕ, öŕ šçåñ å ļéåđ'š ƀåđĝé) ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>[ÖĶ ~]</translation>
        </message>
        <message>
            <source>Back (Esc)</source>
            <translation>[Ɓåçķ (Éšç) ~~~]</translation>
        </message>
        <message>
            <source>Only another shift lead or an admin can unlock {name}.</source>
            <translation>[Öñļý åñöţĥéŕ šĥîƒţ ļéåđ öŕ åñ åđɱîñ çåñ ûñļöçķ {name}. ~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{lead}: your PIN unlocks {name}</source>
            <translation>[{lead}: ýöûŕ ÞÎÑ ûñļöçķš {name} ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Hello, {name}</source>
            <translation>[Ĥéļļö, {name} ~~~~]</translation>
        </message>
        <message>
            <source>{name} is locked out after too many wrong PINs. A shift lead or an admin unlocks the sign-in: press Unlock.</source>
            <translation>[{name} îš ļöçķéđ öûţ åƒţéŕ ţöö ɱåñý ŵŕöñĝ ÞÎÑš. Å šĥîƒţ ļéåđ öŕ åñ åđɱîñ ûñļöçķš ţĥé šîĝñ-îñ: þŕéšš Ûñļöçķ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Unlocked by {lead}. {name}, type your PIN.</source>
            <translation>[Ûñļöçķéđ ƀý {lead}. {name}, ţýþé ýöûŕ ÞÎÑ. ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Type your PIN again.</source>
            <translation>[Ţýþé ýöûŕ ÞÎÑ åĝåîñ. ~~~~~~]</translation>
        </message>
        <message>
            <source>That PIN is not right. Wait {seconds} s, then try again.</source>
            <translation>[Ţĥåţ ÞÎÑ îš ñöţ ŕîĝĥţ. Ŵåîţ {seconds} š, ţĥéñ ţŕý åĝåîñ. ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Unlock {name}</source>
            <translation>[Ûñļöçķ {name} ~~~~]</translation>
        </message>
        <message>
            <source>A shift lead or an admin: scan your badge, or pick your name.</source>
            <translation>[Å šĥîƒţ ļéåđ öŕ åñ åđɱîñ: šçåñ ýöûŕ ƀåđĝé, öŕ þîçķ ýöûŕ ñåɱé. ~~~~~~~~~~~~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>SlipPrinting</name>
        <message>
            <source>Print grading slips</source>
            <translation>[Þŕîñţ ĝŕåđîñĝ šļîþš ~~~~~~~]</translation>
        </message>
        <message>
            <source>No printer is set up for grading slips. Print once with the dialog to choose one, or ask a lead.</source>
            <translation>[Ñö þŕîñţéŕ îš šéţ ûþ ƒöŕ ĝŕåđîñĝ šļîþš. Þŕîñţ öñçé ŵîţĥ ţĥé đîåļöĝ ţö çĥööšé öñé, öŕ åšķ å ļéåđ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Select the items whose slips you want to print.</source>
            <translation>[Šéļéçţ ţĥé îţéɱš ŵĥöšé šļîþš ýöû ŵåñţ ţö þŕîñţ. ~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>This slip was printed before. Type why you print it again, then print.</source>
            <translation>[Ţĥîš šļîþ ŵåš þŕîñţéđ ƀéƒöŕé. Ţýþé ŵĥý ýöû þŕîñţ îţ åĝåîñ, ţĥéñ þŕîñţ. ~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The printer did not take the slips. Check that it is on and has labels, then print again.</source>
            <translation>[Ţĥé þŕîñţéŕ đîđ ñöţ ţåķé ţĥé šļîþš. Çĥéçķ ţĥåţ îţ îš öñ åñđ ĥåš ļåƀéļš, ţĥéñ þŕîñţ åĝåîñ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>UnexpectedView</name>
        <message>
            <source>Unexpected return</source>
            <translation>[Ûñéẋþéçţéđ ŕéţûŕñ ~~~~~~]</translation>
        </message>
        <message>
            <source>Product name, SKU or GTIN</source>
            <translation>[Þŕöđûçţ ñåɱé, ŠĶÛ öŕ ĜŢÎÑ ~~~~~~~~]</translation>
        </message>
        <message>
            <source>Inspect as unexpected return (Enter)</source>
            <translation>[Îñšþéçţ åš ûñéẋþéçţéđ ŕéţûŕñ (Éñţéŕ) ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Scan another label (Esc)</source>
            <translation>[Šçåñ åñöţĥéŕ ļåƀéļ (Éšç) ~~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>WorkView</name>
        <message>
            <source>No catalog image</source>
            <translation>[Ñö çåţåļöĝ îɱåĝé ~~~~~~]</translation>
        </message>
        <message>
            <source>Work so far</source>
            <translation>[Ŵöŕķ šö ƒåŕ ~~~~]</translation>
        </message>
        <message>
            <source>Record the work</source>
            <translation>[Ŕéçöŕđ ţĥé ŵöŕķ ~~~~~]</translation>
        </message>
        <message>
            <source>What was done (required)</source>
            <translation>[Ŵĥåţ ŵåš đöñé (ŕéǫûîŕéđ) ~~~~~~~~]</translation>
        </message>
        <message>
            <source>Work done</source>
            <translation>[Ŵöŕķ đöñé ~~~]</translation>
        </message>
        <message>
            <source>Parts used, separated by commas</source>
            <translation>[Þåŕţš ûšéđ, šéþåŕåţéđ ƀý çöɱɱåš ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Parts</source>
            <translation>[Þåŕţš ~~]</translation>
        </message>
        <message>
            <source> min</source>
            <translation>[ ɱîñ ~]</translation>
        </message>
        <message>
            <source>Time spent</source>
            <translation>[Ţîɱé šþéñţ ~~~~]</translation>
        </message>
        <message>
            <source>Notes for the next person (optional)</source>
            <translation>[Ñöţéš ƒöŕ ţĥé ñéẋţ þéŕšöñ (öþţîöñåļ) ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>[Ñöţéš ~~]</translation>
        </message>
        <message>
            <source>No photos after the work yet</source>
            <translation>[Ñö þĥöţöš åƒţéŕ ţĥé ŵöŕķ ýéţ ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Add photo after… (Ctrl+O)</source>
            <translation>[Åđđ þĥöţö åƒţéŕ… (Çţŕļ+Ö) ~~~~~~~]</translation>
        </message>
        <message>
            <source>Save work (Ctrl+S)</source>
            <translation>[Šåṽé ŵöŕķ (Çţŕļ+Š) ~~~~~]</translation>
        </message>
        <message>
            <source>Re-grade with the checklist (Ctrl+G)</source>
            <translation>[Ŕé-ĝŕåđé ŵîţĥ ţĥé çĥéçķļîšţ (Çţŕļ+Ĝ) ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Print slip (Ctrl+P)</source>
            <translation>[Þŕîñţ šļîþ (Çţŕļ+Þ) ~~~~~~]</translation>
        </message>
        <message>
            <source>Reason, if printed before</source>
            <translation>[Ŕéåšöñ, îƒ þŕîñţéđ ƀéƒöŕé ~~~~~~~~]</translation>
        </message>
        <message>
            <source>Back to the queue (Esc)</source>
            <translation>[Ɓåçķ ţö ţĥé ǫûéûé (Éšç) ~~~~~~~]</translation>
        </message>
        <message>
            <source>Grade {grade} · SKU {sku} · serial {serial} · {rma} · slip {ref}</source>
            <translation>[Ĝŕåđé {grade} · ŠĶÛ {sku} · šéŕîåļ {serial} · {rma} · šļîþ {ref} ~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>no RMA</source>
            <translation>[ñö ŔṀÅ ~~]</translation>
        </message>
        <message>
            <source>{when} · {who} · {minutes} min
{work} · parts: {parts}</source>
            <translation>[{when} · {who} · {minutes} ɱîñ
{work} · þåŕţš: {parts} ~~~~~~~~~~~~]</translation>
        </message>
        <message numerus="yes">
            <source>%n photo(s) after</source>
            <translation>
                <numerusform>[%n þĥöţö(š) åƒţéŕ ~~~~~]</numerusform>
                <numerusform>[%n þĥöţö(š) åƒţéŕ ~~~~~]</numerusform>
            </translation>
        </message>
        <message>
            <source>No work recorded yet.</source>
            <translation>[Ñö ŵöŕķ ŕéçöŕđéđ ýéţ. ~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>modes</name>
        <message>
            <source>Inspect</source>
            <translation>[Îñšþéçţ ~~~]</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>[Ŕéṽîéŵ ~~]</translation>
        </message>
        <message>
            <source>Refurb</source>
            <translation>[Ŕéƒûŕƀ ~~]</translation>
        </message>
        <message>
            <source>Dashboard</source>
            <translation>[Đåšĥƀöåŕđ ~~~~]</translation>
        </message>
        <message>
            <source>Admin</source>
            <translation>[Åđɱîñ ~~]</translation>
        </message>
        <message>
            <source>Containers</source>
            <translation>[Çöñţåîñéŕš ~~~~]</translation>
        </message>
    </context>
    <context>
        <name>station</name>
        <message>
            <source>Something went wrong. Your saved answers are kept. Try again, or call a lead if it repeats.</source>
            <translation>[Šöɱéţĥîñĝ ŵéñţ ŵŕöñĝ. Ýöûŕ šåṽéđ åñšŵéŕš åŕé ķéþţ. Ţŕý åĝåîñ, öŕ çåļļ å ļéåđ îƒ îţ ŕéþéåţš. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Audit chain of station {station}: event #{expected} is missing (the next is #{found}); a record was deleted.</source>
            <translation>[Åûđîţ çĥåîñ öƒ šţåţîöñ {station}: éṽéñţ #{expected} îš ɱîššîñĝ (ţĥé ñéẋţ îš #{found}); å ŕéçöŕđ ŵåš đéļéţéđ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Audit chain of station {station}: event #{seq} does not follow the one before it; a record was inserted or changed.</source>
            <translation>[Åûđîţ çĥåîñ öƒ šţåţîöñ {station}: éṽéñţ #{seq} đöéš ñöţ ƒöļļöŵ ţĥé öñé ƀéƒöŕé îţ; å ŕéçöŕđ ŵåš îñšéŕţéđ öŕ çĥåñĝéđ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Audit events name the table {table}, which this station does not know. Update the station.</source>
            <translation>[Åûđîţ éṽéñţš ñåɱé ţĥé ţåƀļé {table}, ŵĥîçĥ ţĥîš šţåţîöñ đöéš ñöţ ķñöŵ. Ûþđåţé ţĥé šţåţîöñ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{table} record {id} has no audit event: it was inserted behind the station's back.</source>
            <translation>[{table} ŕéçöŕđ {id} ĥåš ñö åûđîţ éṽéñţ: îţ ŵåš îñšéŕţéđ ƀéĥîñđ ţĥé šţåţîöñ'š ƀåçķ. ~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Audit event #{seq} of station {station} does not carry the station's seal: it was written or rewritten outside the station program (its database file was edited).</source>
            <translation>[Åûđîţ éṽéñţ #{seq} öƒ šţåţîöñ {station} đöéš ñöţ çåŕŕý ţĥé šţåţîöñ'š šéåļ: îţ ŵåš ŵŕîţţéñ öŕ ŕéŵŕîţţéñ öûţšîđé ţĥé šţåţîöñ þŕöĝŕåɱ (îţš đåţåƀåšé ƒîļé ŵåš éđîţéđ). ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Station {station}'s audit chain here and in the central database differ from event #{seq}.</source>
            <translation>[Šţåţîöñ {station}'š åûđîţ çĥåîñ ĥéŕé åñđ îñ ţĥé çéñţŕåļ đåţåƀåšé đîƒƒéŕ ƒŕöɱ éṽéñţ #{seq}. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The central database holds events #{first}–#{last} of station {station} that this store lacks: they were deleted here.</source>
            <translation>[Ţĥé çéñţŕåļ đåţåƀåšé ĥöļđš éṽéñţš #{first}–#{last} öƒ šţåţîöñ {station} ţĥåţ ţĥîš šţöŕé ļåçķš: ţĥéý ŵéŕé đéļéţéđ ĥéŕé. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{table} record {id} (audit event #{seq} of station {station}) is gone: it was deleted.</source>
            <translation>[{table} ŕéçöŕđ {id} (åûđîţ éṽéñţ #{seq} öƒ šţåţîöñ {station}) îš ĝöñé: îţ ŵåš đéļéţéđ. ~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The {copy} of photo {sha} ({table} {id}) is not the picture its original gives: the file was changed. Tell a lead; the station shows a copy made again from the original.</source>
            <translation>[Ţĥé {copy} öƒ þĥöţö {sha} ({table} {id}) îš ñöţ ţĥé þîçţûŕé îţš öŕîĝîñåļ ĝîṽéš: ţĥé ƒîļé ŵåš çĥåñĝéđ. Ţéļļ å ļéåđ; ţĥé šţåţîöñ šĥöŵš å çöþý ɱåđé åĝåîñ ƒŕöɱ ţĥé öŕîĝîñåļ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{table} record {id} was changed after it was recorded (audit event #{seq} of station {station}).</source>
            <translation>[{table} ŕéçöŕđ {id} ŵåš çĥåñĝéđ åƒţéŕ îţ ŵåš ŕéçöŕđéđ (åûđîţ éṽéñţ #{seq} öƒ šţåţîöñ {station}). ~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>review copy</source>
            <translation>[ŕéṽîéŵ çöþý ~~~~]</translation>
        </message>
        <message>
            <source>thumbnail</source>
            <translation>[ţĥûɱƀñåîļ ~~~~]</translation>
        </message>
        <message>
            <source>Camera setting {spec} is neither a camera number nor an existing folder or video. Fix it in Admin.</source>
            <translation>[Çåɱéŕå šéţţîñĝ {spec} îš ñéîţĥéŕ å çåɱéŕå ñûɱƀéŕ ñöŕ åñ éẋîšţîñĝ ƒöļđéŕ öŕ ṽîđéö. Ƒîẋ îţ îñ Åđɱîñ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Replay folder {path} holds no images (PNG, JPEG, WebP). Add label photos or choose a camera.</source>
            <translation>[Ŕéþļåý ƒöļđéŕ {path} ĥöļđš ñö îɱåĝéš (ÞÑĜ, ĴÞÉĜ, ŴéƀÞ). Åđđ ļåƀéļ þĥöţöš öŕ çĥööšé å çåɱéŕå. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Video {path} cannot be opened: missing, damaged or an unknown format. Check the camera setting.</source>
            <translation>[Ṽîđéö {path} çåññöţ ƀé öþéñéđ: ɱîššîñĝ, đåɱåĝéđ öŕ åñ ûñķñöŵñ ƒöŕɱåţ. Çĥéçķ ţĥé çåɱéŕå šéţţîñĝ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Camera {index} is not available. Check that it is plugged in and not used by another program, or choose another camera in Admin.</source>
            <translation>[Çåɱéŕå {index} îš ñöţ åṽåîļåƀļé. Çĥéçķ ţĥåţ îţ îš þļûĝĝéđ îñ åñđ ñöţ ûšéđ ƀý åñöţĥéŕ þŕöĝŕåɱ, öŕ çĥööšé åñöţĥéŕ çåɱéŕå îñ Åđɱîñ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>No demo photos are configured. Choose a camera in Admin.</source>
            <translation>[Ñö đéɱö þĥöţöš åŕé çöñƒîĝûŕéđ. Çĥööšé å çåɱéŕå îñ Åđɱîñ. ~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Replay folder {path} was not found. Check the camera setting.</source>
            <translation>[Ŕéþļåý ƒöļđéŕ {path} ŵåš ñöţ ƒöûñđ. Çĥéçķ ţĥé çåɱéŕå šéţţîñĝ. ~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>'exclusive' only makes sense for options of a multi question</source>
            <translation>['éẋçļûšîṽé' öñļý ɱåķéš šéñšé ƒöŕ öþţîöñš öƒ å ɱûļţî ǫûéšţîöñ ~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>unit, min and max only apply to number questions; this one is '{kind}'</source>
            <translation>[ûñîţ, ɱîñ åñđ ɱåẋ öñļý åþþļý ţö ñûɱƀéŕ ǫûéšţîöñš; ţĥîš öñé îš '{kind}' ~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>min ({min}) is greater than max ({max})</source>
            <translation>[ɱîñ ({min}) îš ĝŕéåţéŕ ţĥåñ ɱåẋ ({max}) ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{where}: '{test}' does not work with the {kind} question '{ref}'; use one of {allowed}</source>
            <translation>[{where}: '{test}' đöéš ñöţ ŵöŕķ ŵîţĥ ţĥé {kind} ǫûéšţîöñ '{ref}'; ûšé öñé öƒ {allowed} ~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>a {kind} question needs at least two options</source>
            <translation>[å {kind} ǫûéšţîöñ ñééđš åţ ļéåšţ ţŵö öþţîöñš ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>only single and multi questions have options; this one is '{kind}'</source>
            <translation>[öñļý šîñĝļé åñđ ɱûļţî ǫûéšţîöñš ĥåṽé öþţîöñš; ţĥîš öñé îš '{kind}' ~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{where}: '{value}' is not an answer to the yes/no question '{ref}'; use yes or no</source>
            <translation>[{where}: '{value}' îš ñöţ åñ åñšŵéŕ ţö ţĥé ýéš/ñö ǫûéšţîöñ '{ref}'; ûšé ýéš öŕ ñö ~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>the question id '{id}' is used twice; give each question its own id</source>
            <translation>[ţĥé ǫûéšţîöñ îđ '{id}' îš ûšéđ ţŵîçé; ĝîṽé éåçĥ ǫûéšţîöñ îţš öŵñ îđ ~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>the photo id '{id}' is used twice</source>
            <translation>[ţĥé þĥöţö îđ '{id}' îš ûšéđ ţŵîçé ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>the option id '{option}' is used twice</source>
            <translation>[ţĥé öþţîöñ îđ '{option}' îš ûšéđ ţŵîçé ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{where} refers to question '{ref}', which is not in the checklist</source>
            <translation>[{where} ŕéƒéŕš ţö ǫûéšţîöñ '{ref}', ŵĥîçĥ îš ñöţ îñ ţĥé çĥéçķļîšţ ~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{where} refers to question '{ref}' (Q{number}), which is not asked before this point; a condition can only use earlier answers</source>
            <translation>[{where} ŕéƒéŕš ţö ǫûéšţîöñ '{ref}' (Ǫ{number}), ŵĥîçĥ îš ñöţ åšķéđ ƀéƒöŕé ţĥîš þöîñţ; å çöñđîţîöñ çåñ öñļý ûšé éåŕļîéŕ åñšŵéŕš ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{where}: '{value}' is not an option of question '{ref}' (options: {options})</source>
            <translation>[{where}: '{value}' îš ñöţ åñ öþţîöñ öƒ ǫûéšţîöñ '{ref}' (öþţîöñš: {options}) ~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{where}: '{value}' is not a number, but question '{ref}' asks for one</source>
            <translation>[{where}: '{value}' îš ñöţ å ñûɱƀéŕ, ƀûţ ǫûéšţîöñ '{ref}' åšķš ƒöŕ öñé ~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Enter a number from {min} to {max}.</source>
            <translation>[Éñţéŕ å ñûɱƀéŕ ƒŕöɱ {min} ţö {max}. ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Enter a number of at least {min}.</source>
            <translation>[Éñţéŕ å ñûɱƀéŕ öƒ åţ ļéåšţ {min}. ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Enter a number of at most {max}.</source>
            <translation>[Éñţéŕ å ñûɱƀéŕ öƒ åţ ɱöšţ {max}. ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Keep the answer under {limit} characters.</source>
            <translation>[Ķééþ ţĥé åñšŵéŕ ûñđéŕ {limit} çĥåŕåçţéŕš. ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Answer yes or no.</source>
            <translation>[Åñšŵéŕ ýéš öŕ ñö. ~~~~~]</translation>
        </message>
        <message>
            <source>"{value}" is not one of the answers. Choose one from the list.</source>
            <translation>["{value}" îš ñöţ öñé öƒ ţĥé åñšŵéŕš. Çĥööšé öñé ƒŕöɱ ţĥé ļîšţ. ~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Tick the answers that apply.</source>
            <translation>[Ţîçķ ţĥé åñšŵéŕš ţĥåţ åþþļý. ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Enter a number from {min} to {max} {unit}.</source>
            <translation>[Éñţéŕ å ñûɱƀéŕ ƒŕöɱ {min} ţö {max} {unit}. ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Enter a number of at least {min} {unit}.</source>
            <translation>[Éñţéŕ å ñûɱƀéŕ öƒ åţ ļéåšţ {min} {unit}. ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Enter a number of at most {max} {unit}.</source>
            <translation>[Éñţéŕ å ñûɱƀéŕ öƒ åţ ɱöšţ {max} {unit}. ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>"{value}" is not one of the answers. Tick answers from the list.</source>
            <translation>["{value}" îš ñöţ öñé öƒ ţĥé åñšŵéŕš. Ţîçķ åñšŵéŕš ƒŕöɱ ţĥé ļîšţ. ~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>"{option}" cannot be ticked together with other answers.</source>
            <translation>["{option}" çåññöţ ƀé ţîçķéđ ţöĝéţĥéŕ ŵîţĥ öţĥéŕ åñšŵéŕš. ~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Enter a number, for example 12 or 12.5.</source>
            <translation>[Éñţéŕ å ñûɱƀéŕ, ƒöŕ éẋåɱþļé 12 öŕ 12.5. ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{where}: {problem}</source>
            <translation>[{where}: {problem} ~~~~~]</translation>
        </message>
        <message>
            <source>{file}, line {line}</source>
            <translation>[{file}, ļîñé {line} ~~~~~]</translation>
        </message>
        <message>
            <source>{file}</source>
            <translation>[{file} ~~]</translation>
        </message>
        <message>
            <source>{where}, question '{question}': {problem}</source>
            <translation>[{where}, ǫûéšţîöñ '{question}': {problem} ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The checklist {file} cannot be used: {problem}. Fix the file or ask a lead.</source>
            <translation>[Ţĥé çĥéçķļîšţ {file} çåññöţ ƀé ûšéđ: {problem}. Ƒîẋ ţĥé ƒîļé öŕ åšķ å ļéåđ. ~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>no checklist files (*.yaml) found here</source>
            <translation>[ñö çĥéçķļîšţ ƒîļéš (*.ýåɱļ) ƒöûñđ ĥéŕé ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>the file should start with 'category:', 'version:', 'title:' and 'questions:'</source>
            <translation>[ţĥé ƒîļé šĥöûļđ šţåŕţ ŵîţĥ 'çåţéĝöŕý:', 'ṽéŕšîöñ:', 'ţîţļé:' åñđ 'ǫûéšţîöñš:' ~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>version {version} of '{category}' is also in {other} with different questions; give the newer file a higher version</source>
            <translation>[ṽéŕšîöñ {version} öƒ '{category}' îš åļšö îñ {other} ŵîţĥ đîƒƒéŕéñţ ǫûéšţîöñš; ĝîṽé ţĥé ñéŵéŕ ƒîļé å ĥîĝĥéŕ ṽéŕšîöñ ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>the file cannot be read ({problem})</source>
            <translation>[ţĥé ƒîļé çåññöţ ƀé ŕéåđ ({problem}) ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>a text</source>
            <translation>[å ţéẋţ ~~]</translation>
        </message>
        <message>
            <source>a whole number</source>
            <translation>[å ŵĥöļé ñûɱƀéŕ ~~~~~]</translation>
        </message>
        <message>
            <source>a number</source>
            <translation>[å ñûɱƀéŕ ~~~]</translation>
        </message>
        <message>
            <source>true or false</source>
            <translation>[ţŕûé öŕ ƒåļšé ~~~~]</translation>
        </message>
        <message>
            <source>a list (lines starting with '- ')</source>
            <translation>[å ļîšţ (ļîñéš šţåŕţîñĝ ŵîţĥ '- ') ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>a set of keys</source>
            <translation>[å šéţ öƒ ķéýš ~~~~]</translation>
        </message>
        <message>
            <source>a condition is either one question test or exactly one of all / any / not</source>
            <translation>[å çöñđîţîöñ îš éîţĥéŕ öñé ǫûéšţîöñ ţéšţ öŕ éẋåçţļý öñé öƒ åļļ / åñý / ñöţ ~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>all / any needs at least one condition</source>
            <translation>[åļļ / åñý ñééđš åţ ļéåšţ öñé çöñđîţîöñ ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>the condition names no question (add 'question: ...')</source>
            <translation>[ţĥé çöñđîţîöñ ñåɱéš ñö ǫûéšţîöñ (åđđ 'ǫûéšţîöñ: ...') ~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>the condition has no test (equals, in, includes, less_than, answered, ...)</source>
            <translation>[ţĥé çöñđîţîöñ ĥåš ñö ţéšţ (éǫûåļš, îñ, îñçļûđéš, ļéšš_ţĥåñ, åñšŵéŕéđ, ...) ~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>should be one answer: yes, no, a number, an option id or a text</source>
            <translation>[šĥöûļđ ƀé öñé åñšŵéŕ: ýéš, ñö, å ñûɱƀéŕ, åñ öþţîöñ îđ öŕ å ţéẋţ ~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>'{key}': {problem}</source>
            <translation>['{key}': {problem} ~~~~]</translation>
        </message>
        <message>
            <source>unknown key '{key}': check the spelling, and put a text that contains ',' or ':' in quotes</source>
            <translation>[ûñķñöŵñ ķéý '{key}': çĥéçķ ţĥé šþéļļîñĝ, åñđ þûţ å ţéẋţ ţĥåţ çöñţåîñš ',' öŕ ':' îñ ǫûöţéš ~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>'{key}' is missing</source>
            <translation>['{key}' îš ɱîššîñĝ ~~~~~]</translation>
        </message>
        <message>
            <source>unknown question kind '{value}'; use one of {expected}</source>
            <translation>[ûñķñöŵñ ǫûéšţîöñ ķîñđ '{value}'; ûšé öñé öƒ {expected} ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>'{value}' is not allowed for '{key}'; use one of {expected}</source>
            <translation>['{value}' îš ñöţ åļļöŵéđ ƒöŕ '{key}'; ûšé öñé öƒ {expected} ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>'{key}' should be {expected}</source>
            <translation>['{key}' šĥöûļđ ƀé {expected} ~~~~~~~~]</translation>
        </message>
        <message>
            <source>'{key}' is '{value}': use lower-case letters, digits and _ only, starting with a letter</source>
            <translation>['{key}' îš '{value}': ûšé ļöŵéŕ-çåšé ļéţţéŕš, đîĝîţš åñđ _ öñļý, šţåŕţîñĝ ŵîţĥ å ļéţţéŕ ~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>'{key}' must be at least {limit}</source>
            <translation>['{key}' ɱûšţ ƀé åţ ļéåšţ {limit} ~~~~~~~~]</translation>
        </message>
        <message>
            <source>'{key}' must not be empty</source>
            <translation>['{key}' ɱûšţ ñöţ ƀé éɱþţý ~~~~~~~]</translation>
        </message>
        <message>
            <source>not valid YAML: {problem}. Check the indentation, colons and quotes there.</source>
            <translation>[ñöţ ṽåļîđ ÝÅṀĻ: {problem}. Çĥéçķ ţĥé îñđéñţåţîöñ, çöļöñš åñđ ǫûöţéš ţĥéŕé. ~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>not valid YAML: {problem}.</source>
            <translation>[ñöţ ṽåļîđ ÝÅṀĻ: {problem}. ~~~~~~~~]</translation>
        </message>
        <message>
            <source>station {command} failed: {reason}. Run it again as station -v {command} … for the details, or call IT.</source>
            <translation>[šţåţîöñ {command} ƒåîļéđ: {reason}. Ŕûñ îţ åĝåîñ åš šţåţîöñ -ṽ {command} … ƒöŕ ţĥé đéţåîļš, öŕ çåļļ ÎŢ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>station: stopped.</source>
            <translation>[šţåţîöñ: šţöþþéđ. ~~~~~~]</translation>
        </message>
        <message>
            <source>Name the central database: station central relay --url postgresql://USER@HOST/DB</source>
            <translation>[Ñåɱé ţĥé çéñţŕåļ đåţåƀåšé: šţåţîöñ çéñţŕåļ ŕéļåý --ûŕļ þöšţĝŕéšǫļ://ÛŠÉŔ@ĤÖŠŢ/ĐƁ ~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The two passwords differ. Nothing was changed: run the command again.</source>
            <translation>[Ţĥé ţŵö þåššŵöŕđš đîƒƒéŕ. Ñöţĥîñĝ ŵåš çĥåñĝéđ: ŕûñ ţĥé çöɱɱåñđ åĝåîñ. ~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Name a brand and its SKUs (station central web-brand BRAND SKU…), or --demo.</source>
            <translation>[Ñåɱé å ƀŕåñđ åñđ îţš ŠĶÛš (šţåţîöñ çéñţŕåļ ŵéƀ-ƀŕåñđ ƁŔÅÑĐ ŠĶÛ…), öŕ --đéɱö. ~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{code} is at {location}.</source>
            <translation>[{code} îš åţ {location}. ~~~~~~]</translation>
        </message>
        <message>
            <source>Written to {path}.</source>
            <translation>[Ŵŕîţţéñ ţö {path}. ~~~~~]</translation>
        </message>
        <message>
            <source>Fix the lines named above and import the file again: its other lines were imported, and importing them again changes nothing.</source>
            <translation>[Ƒîẋ ţĥé ļîñéš ñåɱéđ åƀöṽé åñđ îɱþöŕţ ţĥé ƒîļé åĝåîñ: îţš öţĥéŕ ļîñéš ŵéŕé îɱþöŕţéđ, åñđ îɱþöŕţîñĝ ţĥéɱ åĝåîñ çĥåñĝéš ñöţĥîñĝ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>No PIN: set STATION_PIN or run this at a terminal, which asks for it.</source>
            <translation>[Ñö ÞÎÑ: šéţ ŠŢÅŢÎÖÑ_ÞÎÑ öŕ ŕûñ ţĥîš åţ å ţéŕɱîñåļ, ŵĥîçĥ åšķš ƒöŕ îţ. ~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>no code found</source>
            <translation>[ñö çöđé ƒöûñđ ~~~~]</translation>
        </message>
        <message>
            <source>Settings file is from a newer station version ({version}). Update the station.</source>
            <translation>[Šéţţîñĝš ƒîļé îš ƒŕöɱ å ñéŵéŕ šţåţîöñ ṽéŕšîöñ ({version}). Ûþđåţé ţĥé šţåţîöñ. ~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Settings file {path} must hold a JSON object.</source>
            <translation>[Šéţţîñĝš ƒîļé {path} ɱûšţ ĥöļđ å ĴŠÖÑ öƀĵéçţ. ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Settings in {path} are not valid: {problems}. Fix them, or delete the file for defaults.</source>
            <translation>[Šéţţîñĝš îñ {path} åŕé ñöţ ṽåļîđ: {problems}. Ƒîẋ ţĥéɱ, öŕ đéļéţé ţĥé ƒîļé ƒöŕ đéƒåûļţš. ~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Settings file {path} cannot be read ({problem}). Fix or delete it, then start again.</source>
            <translation>[Šéţţîñĝš ƒîļé {path} çåññöţ ƀé ŕéåđ ({problem}). Ƒîẋ öŕ đéļéţé îţ, ţĥéñ šţåŕţ åĝåîñ. ~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Demo file {path} is missing ({problem}).</source>
            <translation>[Đéɱö ƒîļé {path} îš ɱîššîñĝ ({problem}). ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{file}: the PIN of {name} is not 4 to 6 digits. Give them another PIN and load again.</source>
            <translation>[{file}: ţĥé ÞÎÑ öƒ {name} îš ñöţ 4 ţö 6 đîĝîţš. Ĝîṽé ţĥéɱ åñöţĥéŕ ÞÎÑ åñđ ļöåđ åĝåîñ. ~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Nothing to see: the photo is one flat colour. Uncover the lens and aim at the item.</source>
            <translation>[Ñöţĥîñĝ ţö šéé: ţĥé þĥöţö îš öñé ƒļåţ çöļöûŕ. Ûñçöṽéŕ ţĥé ļéñš åñđ åîɱ åţ ţĥé îţéɱ. ~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Blurred: hold the item and camera still, let the camera focus, then take it again.</source>
            <translation>[Ɓļûŕŕéđ: ĥöļđ ţĥé îţéɱ åñđ çåɱéŕå šţîļļ, ļéţ ţĥé çåɱéŕå ƒöçûš, ţĥéñ ţåķé îţ åĝåîñ. ~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Too dark: turn on the ring light or move closer.</source>
            <translation>[Ţöö đåŕķ: ţûŕñ öñ ţĥé ŕîñĝ ļîĝĥţ öŕ ɱöṽé çļöšéŕ. ~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Too bright: washed out. Dim the ring light or move the item out of direct light.</source>
            <translation>[Ţöö ƀŕîĝĥţ: ŵåšĥéđ öûţ. Đîɱ ţĥé ŕîñĝ ļîĝĥţ öŕ ɱöṽé ţĥé îţéɱ öûţ öƒ đîŕéçţ ļîĝĥţ. ~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Too bright: lower the ring light. Large parts of the photo are pure white and show nothing.</source>
            <translation>[Ţöö ƀŕîĝĥţ: ļöŵéŕ ţĥé ŕîñĝ ļîĝĥţ. Ļåŕĝé þåŕţš öƒ ţĥé þĥöţö åŕé þûŕé ŵĥîţé åñđ šĥöŵ ñöţĥîñĝ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Glare: a reflection hides part of the item. Tilt the item or the light a little.</source>
            <translation>[Ĝļåŕé: å ŕéƒļéçţîöñ ĥîđéš þåŕţ öƒ ţĥé îţéɱ. Ţîļţ ţĥé îţéɱ öŕ ţĥé ļîĝĥţ å ļîţţļé. ~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Glare: a broad reflection covers part of the item. Move the light to one side or tilt the item until the white patch is gone.</source>
            <translation>[Ĝļåŕé: å ƀŕöåđ ŕéƒļéçţîöñ çöṽéŕš þåŕţ öƒ ţĥé îţéɱ. Ṁöṽé ţĥé ļîĝĥţ ţö öñé šîđé öŕ ţîļţ ţĥé îţéɱ ûñţîļ ţĥé ŵĥîţé þåţçĥ îš ĝöñé. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The item is too small in the photo: move closer so it fills most of the picture.</source>
            <translation>[Ţĥé îţéɱ îš ţöö šɱåļļ îñ ţĥé þĥöţö: ɱöṽé çļöšéŕ šö îţ ƒîļļš ɱöšţ öƒ ţĥé þîçţûŕé. ~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Part of the item is cut off: step back so the whole item is in the picture.</source>
            <translation>[Þåŕţ öƒ ţĥé îţéɱ îš çûţ öƒƒ: šţéþ ƀåçķ šö ţĥé ŵĥöļé îţéɱ îš îñ ţĥé þîçţûŕé. ~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Problem with the photo: {problem}. Take it again.</source>
            <translation>[Þŕöƀļéɱ ŵîţĥ ţĥé þĥöţö: {problem}. Ţåķé îţ åĝåîñ. ~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The "sharp" photo ({sharp:.0f}) is not clearly sharper than the "blurred" one ({blurred:.0f}). Take the sharp photo with the item still and in focus, the blurred one with the camera moving.</source>
            <translation>[Ţĥé "šĥåŕþ" þĥöţö ({sharp:.0f}) îš ñöţ çļéåŕļý šĥåŕþéŕ ţĥåñ ţĥé "ƀļûŕŕéđ" öñé ({blurred:.0f}). Ţåķé ţĥé šĥåŕþ þĥöţö ŵîţĥ ţĥé îţéɱ šţîļļ åñđ îñ ƒöçûš, ţĥé ƀļûŕŕéđ öñé ŵîţĥ ţĥé çåɱéŕå ɱöṽîñĝ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The photo's copies could not be made. Take the photo again.</source>
            <translation>[Ţĥé þĥöţö'š çöþîéš çöûļđ ñöţ ƀé ɱåđé. Ţåķé ţĥé þĥöţö åĝåîñ. ~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The photo file is empty. Take the photo again or choose another file.</source>
            <translation>[Ţĥé þĥöţö ƒîļé îš éɱþţý. Ţåķé ţĥé þĥöţö åĝåîñ öŕ çĥööšé åñöţĥéŕ ƒîļé. ~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>This file is not a picture the station can read (JPEG or PNG). Take the photo again or choose another file.</source>
            <translation>[Ţĥîš ƒîļé îš ñöţ å þîçţûŕé ţĥé šţåţîöñ çåñ ŕéåđ (ĴÞÉĜ öŕ ÞÑĜ). Ţåķé ţĥé þĥöţö åĝåîñ öŕ çĥööšé åñöţĥéŕ ƒîļé. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The camera picture could not be saved. Take the photo again.</source>
            <translation>[Ţĥé çåɱéŕå þîçţûŕé çöûļđ ñöţ ƀé šåṽéđ. Ţåķé ţĥé þĥöţö åĝåîñ. ~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Photo {sha} is damaged on disk. Tell a lead; retake it if the item is here.</source>
            <translation>[Þĥöţö {sha} îš đåɱåĝéđ öñ đîšķ. Ţéļļ å ļéåđ; ŕéţåķé îţ îƒ ţĥé îţéɱ îš ĥéŕé. ~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Photo file {name} cannot be opened ({problem}). Choose another file.</source>
            <translation>[Þĥöţö ƒîļé {name} çåññöţ ƀé öþéñéđ ({problem}). Çĥööšé åñöţĥéŕ ƒîļé. ~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{file} is empty (0 bytes). Take the photo again.</source>
            <translation>[{file} îš éɱþţý (0 ƀýţéš). Ţåķé ţĥé þĥöţö åĝåîñ. ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{file} is too large ({megabytes} MB). Use the station camera or a smaller photo.</source>
            <translation>[{file} îš ţöö ļåŕĝé ({megabytes} ṀƁ). Ûšé ţĥé šţåţîöñ çåɱéŕå öŕ å šɱåļļéŕ þĥöţö. ~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{stations} opened {code} too, for another kind or zone: two containers carry this barcode. Relabel the one at {stations} with a new barcode and scan its items into it.</source>
            <translation>[{stations} öþéñéđ {code} ţöö, ƒöŕ åñöţĥéŕ ķîñđ öŕ žöñé: ţŵö çöñţåîñéŕš çåŕŕý ţĥîš ƀåŕçöđé. Ŕéļåƀéļ ţĥé öñé åţ {stations} ŵîţĥ å ñéŵ ƀåŕçöđé åñđ šçåñ îţš îţéɱš îñţö îţ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{code} was already closed by {station} at {time}: that close counts. Print its label and manifest again from here.</source>
            <translation>[{code} ŵåš åļŕéåđý çļöšéđ ƀý {station} åţ {time}: ţĥåţ çļöšé çöûñţš. Þŕîñţ îţš ļåƀéļ åñđ ɱåñîƒéšţ åĝåîñ ƒŕöɱ ĥéŕé. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>This station is still fetching its earlier records as {station} from the central database; it goes on by itself at the next sync.</source>
            <translation>[Ţĥîš šţåţîöñ îš šţîļļ ƒéţçĥîñĝ îţš éåŕļîéŕ ŕéçöŕđš åš {station} ƒŕöɱ ţĥé çéñţŕåļ đåţåƀåšé; îţ ĝöéš öñ ƀý îţšéļƒ åţ ţĥé ñéẋţ šýñç. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Station id {station} is in use by another computer: install {other} on {other_host} synced at {seen}. This computer ({host}, install {mine}) was refused and sent nothing. Give one of them another station id (station_id in the settings); if {other_host} was replaced, this computer takes over by itself once {other_host} has been silent for {minutes} minutes.</source>
            <translation>[Šţåţîöñ îđ {station} îš îñ ûšé ƀý åñöţĥéŕ çöɱþûţéŕ: îñšţåļļ {other} öñ {other_host} šýñçéđ åţ {seen}. Ţĥîš çöɱþûţéŕ ({host}, îñšţåļļ {mine}) ŵåš ŕéƒûšéđ åñđ šéñţ ñöţĥîñĝ. Ĝîṽé öñé öƒ ţĥéɱ åñöţĥéŕ šţåţîöñ îđ (šţåţîöñ_îđ îñ ţĥé šéţţîñĝš); îƒ {other_host} ŵåš ŕéþļåçéđ, ţĥîš çöɱþûţéŕ ţåķéš öṽéŕ ƀý îţšéļƒ öñçé {other_host} ĥåš ƀééñ šîļéñţ ƒöŕ {minutes} ɱîñûţéš. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>This station's audit chain as {station} differs from the one the central database holds (from event #{seq}): records were changed here after they were sent, or another computer recorded under this station id. Nothing was sent, and nothing is lost: the records stay on this station. Stop inspecting here and call IT (`station audit verify --central` shows where).</source>
            <translation>[Ţĥîš šţåţîöñ'š åûđîţ çĥåîñ åš {station} đîƒƒéŕš ƒŕöɱ ţĥé öñé ţĥé çéñţŕåļ đåţåƀåšé ĥöļđš (ƒŕöɱ éṽéñţ #{seq}): ŕéçöŕđš ŵéŕé çĥåñĝéđ ĥéŕé åƒţéŕ ţĥéý ŵéŕé šéñţ, öŕ åñöţĥéŕ çöɱþûţéŕ ŕéçöŕđéđ ûñđéŕ ţĥîš šţåţîöñ îđ. Ñöţĥîñĝ ŵåš šéñţ, åñđ ñöţĥîñĝ îš ļöšţ: ţĥé ŕéçöŕđš šţåý öñ ţĥîš šţåţîöñ. Šţöþ îñšþéçţîñĝ ĥéŕé åñđ çåļļ ÎŢ (`šţåţîöñ åûđîţ ṽéŕîƒý --çéñţŕåļ` šĥöŵš ŵĥéŕé). ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>A web password needs at least {n} characters. Choose a longer one.</source>
            <translation>[Å ŵéƀ þåššŵöŕđ ñééđš åţ ļéåšţ {n} çĥåŕåçţéŕš. Çĥööšé å ļöñĝéŕ öñé. ~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>No user has badge {badge} on the central database. Add them at a station and sync, or give --client NAME for a brand's account.</source>
            <translation>[Ñö ûšéŕ ĥåš ƀåđĝé {badge} öñ ţĥé çéñţŕåļ đåţåƀåšé. Åđđ ţĥéɱ åţ å šţåţîöñ åñđ šýñç, öŕ ĝîṽé --çļîéñţ ÑÅṀÉ ƒöŕ å ƀŕåñđ'š åççöûñţ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Badge {badge} is a station user's; give the client another sign-in name.</source>
            <translation>[Ɓåđĝé {badge} îš å šţåţîöñ ûšéŕ'š; ĝîṽé ţĥé çļîéñţ åñöţĥéŕ šîĝñ-îñ ñåɱé. ~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Too many wrong passwords: {badge} is locked. Ask an admin to unlock it (station central web-user unlock {badge}).</source>
            <translation>[Ţöö ɱåñý ŵŕöñĝ þåššŵöŕđš: {badge} îš ļöçķéđ. Åšķ åñ åđɱîñ ţö ûñļöçķ îţ (šţåţîöñ çéñţŕåļ ŵéƀ-ûšéŕ ûñļöçķ {badge}). ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Wrong password again: wait {seconds} s, then try again.</source>
            <translation>[Ŵŕöñĝ þåššŵöŕđ åĝåîñ: ŵåîţ {seconds} š, ţĥéñ ţŕý åĝåîñ. ~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Sign-in name or password not right. Check both and try again.</source>
            <translation>[Šîĝñ-îñ ñåɱé öŕ þåššŵöŕđ ñöţ ŕîĝĥţ. Çĥéçķ ƀöţĥ åñđ ţŕý åĝåîñ. ~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Something went wrong.</source>
            <translation>[Šöɱéţĥîñĝ ŵéñţ ŵŕöñĝ. ~~~~~~~]</translation>
        </message>
        <message>
            <source>Something went wrong on the server; it is in its log. Reload the page; if it happens again, tell IT.</source>
            <translation>[Šöɱéţĥîñĝ ŵéñţ ŵŕöñĝ öñ ţĥé šéŕṽéŕ; îţ îš îñ îţš ļöĝ. Ŕéļöåđ ţĥé þåĝé; îƒ îţ ĥåþþéñš åĝåîñ, ţéļļ ÎŢ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>There is no such page or inspection here. Search again from the start page.</source>
            <translation>[Ţĥéŕé îš ñö šûçĥ þåĝé öŕ îñšþéçţîöñ ĥéŕé. Šéåŕçĥ åĝåîñ ƒŕöɱ ţĥé šţåŕţ þåĝé. ~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The central database cannot be reached now. Nothing was changed: wait a minute and reload the page; if it lasts, ask IT to check the central database server.</source>
            <translation>[Ţĥé çéñţŕåļ đåţåƀåšé çåññöţ ƀé ŕéåçĥéđ ñöŵ. Ñöţĥîñĝ ŵåš çĥåñĝéđ: ŵåîţ å ɱîñûţé åñđ ŕéļöåđ ţĥé þåĝé; îƒ îţ ļåšţš, åšķ ÎŢ ţö çĥéçķ ţĥé çéñţŕåļ đåţåƀåšé šéŕṽéŕ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Returns inspections</source>
            <translation>[Ŕéţûŕñš îñšþéçţîöñš ~~~~~~~]</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>[Šéåŕçĥ ~~]</translation>
        </message>
        <message>
            <source>Review queue</source>
            <translation>[Ŕéṽîéŵ ǫûéûé ~~~~]</translation>
        </message>
        <message>
            <source>Dashboard</source>
            <translation>[Đåšĥƀöåŕđ ~~~~]</translation>
        </message>
        <message>
            <source>Sign out</source>
            <translation>[Šîĝñ öûţ ~~~]</translation>
        </message>
        <message>
            <source>Days</source>
            <translation>[Đåýš ~~]</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>[Šĥöŵ ~~]</translation>
        </message>
        <message>
            <source>Inspections in the period: {n}</source>
            <translation>[Îñšþéçţîöñš îñ ţĥé þéŕîöđ: {n} ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Grades</source>
            <translation>[Ĝŕåđéš ~~]</translation>
        </message>
        <message>
            <source>Dispositions</source>
            <translation>[Đîšþöšîţîöñš ~~~~~]</translation>
        </message>
        <message>
            <source>Return reasons</source>
            <translation>[Ŕéţûŕñ ŕéåšöñš ~~~~~]</translation>
        </message>
        <message>
            <source>Inspections per week</source>
            <translation>[Îñšþéçţîöñš þéŕ ŵééķ ~~~~~~~]</translation>
        </message>
        <message>
            <source>Saved: {grade} and {disposition}.</source>
            <translation>[Šåṽéđ: {grade} åñđ {disposition}. ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>[Öŕđéŕ ~~]</translation>
        </message>
        <message>
            <source>Inspected by</source>
            <translation>[Îñšþéçţéđ ƀý ~~~~]</translation>
        </message>
        <message>
            <source>Grade now</source>
            <translation>[Ĝŕåđé ñöŵ ~~~]</translation>
        </message>
        <message>
            <source>Refund recommended</source>
            <translation>[Ŕéƒûñđ ŕéçöɱɱéñđéđ ~~~~~~~]</translation>
        </message>
        <message>
            <source>fee</source>
            <translation>[ƒéé ~]</translation>
        </message>
        <message>
            <source>Container</source>
            <translation>[Çöñţåîñéŕ ~~~~]</translation>
        </message>
        <message>
            <source>Shop told</source>
            <translation>[Šĥöþ ţöļđ ~~~]</translation>
        </message>
        <message>
            <source>not yet</source>
            <translation>[ñöţ ýéţ ~~]</translation>
        </message>
        <message>
            <source>Evidence packet (PDF)</source>
            <translation>[Éṽîđéñçé þåçķéţ (ÞĐƑ) ~~~~~~~]</translation>
        </message>
        <message>
            <source>Photos</source>
            <translation>[Þĥöţöš ~~]</translation>
        </message>
        <message>
            <source>Answers</source>
            <translation>[Åñšŵéŕš ~~~]</translation>
        </message>
        <message>
            <source>History</source>
            <translation>[Ĥîšţöŕý ~~~]</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>[Ŕéṽîéŵ ~~]</translation>
        </message>
        <message>
            <source>Regrade</source>
            <translation>[Ŕéĝŕåđé ~~~]</translation>
        </message>
        <message>
            <source>Approve</source>
            <translation>[Åþþŕöṽé ~~~]</translation>
        </message>
        <message>
            <source>Photo</source>
            <translation>[Þĥöţö ~~]</translation>
        </message>
        <message>
            <source>This page cannot be shown</source>
            <translation>[Ţĥîš þåĝé çåññöţ ƀé šĥöŵñ ~~~~~~~~]</translation>
        </message>
        <message>
            <source>Back to the start page</source>
            <translation>[Ɓåçķ ţö ţĥé šţåŕţ þåĝé ~~~~~~~]</translation>
        </message>
        <message>
            <source>Waiting for a lead in the last {days} days: {n}</source>
            <translation>[Ŵåîţîñĝ ƒöŕ å ļéåđ îñ ţĥé ļåšţ {days} đåýš: {n} ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>RMA, order, tracking number, serial or SKU</source>
            <translation>[ŔṀÅ, öŕđéŕ, ţŕåçķîñĝ ñûɱƀéŕ, šéŕîåļ öŕ ŠĶÛ ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Find</source>
            <translation>[Ƒîñđ ~~]</translation>
        </message>
        <message>
            <source>Export to CSV</source>
            <translation>[Éẋþöŕţ ţö ÇŠṼ ~~~~]</translation>
        </message>
        <message>
            <source>Nothing found for {query}. Check the number and try again.</source>
            <translation>[Ñöţĥîñĝ ƒöûñđ ƒöŕ {query}. Çĥéçķ ţĥé ñûɱƀéŕ åñđ ţŕý åĝåîñ. ~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Station</source>
            <translation>[Šţåţîöñ ~~~]</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>[Çöɱþļéţéđ ~~~~]</translation>
        </message>
        <message>
            <source>Sign in</source>
            <translation>[Šîĝñ îñ ~~]</translation>
        </message>
        <message>
            <source>Badge or sign-in name</source>
            <translation>[Ɓåđĝé öŕ šîĝñ-îñ ñåɱé ~~~~~~~]</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>[Þåššŵöŕđ ~~~]</translation>
        </message>
        <message>
            <source>Is everything there that belongs to it?</source>
            <translation>[Îš éṽéŕýţĥîñĝ ţĥéŕé ţĥåţ ƀéļöñĝš ţö îţ? ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>One-piece toys (a ball, a plush): yes when it is whole. Sets and kits: check against the parts list on the box or in the manual; over 200 pieces, weigh the bags and compare with the catalog weight.</source>
            <translation>[Öñé-þîéçé ţöýš (å ƀåļļ, å þļûšĥ): ýéš ŵĥéñ îţ îš ŵĥöļé. Šéţš åñđ ķîţš: çĥéçķ åĝåîñšţ ţĥé þåŕţš ļîšţ öñ ţĥé ƀöẋ öŕ îñ ţĥé ɱåñûåļ; öṽéŕ 200 þîéçéš, ŵéîĝĥ ţĥé ƀåĝš åñđ çöɱþåŕé ŵîţĥ ţĥé çåţåļöĝ ŵéîĝĥţ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>RESTOCK · Electronics</source>
            <translation>[ŔÉŠŢÖÇĶ · Éļéçţŕöñîçš ~~~~~~~]</translation>
        </message>
        <message>
            <source>RESTOCK · Apparel</source>
            <translation>[ŔÉŠŢÖÇĶ · Åþþåŕéļ ~~~~~~]</translation>
        </message>
        <message>
            <source>RESTOCK · Footwear</source>
            <translation>[ŔÉŠŢÖÇĶ · Ƒööţŵéåŕ ~~~~~~]</translation>
        </message>
        <message>
            <source>RESTOCK · Home &amp; kitchen</source>
            <translation>[ŔÉŠŢÖÇĶ · Ĥöɱé &amp; ķîţçĥéñ ~~~~~~~]</translation>
        </message>
        <message>
            <source>RESTOCK · Toys &amp; games</source>
            <translation>[ŔÉŠŢÖÇĶ · Ţöýš &amp; ĝåɱéš ~~~~~~]</translation>
        </message>
        <message>
            <source>OPEN BOX · resale</source>
            <translation>[ÖÞÉÑ ƁÖẊ · ŕéšåļé ~~~~~]</translation>
        </message>
        <message>
            <source>REFURBISH · Electronics bench</source>
            <translation>[ŔÉƑÛŔƁÎŠĤ · Éļéçţŕöñîçš ƀéñçĥ ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>REFURBISH · Clean and repair</source>
            <translation>[ŔÉƑÛŔƁÎŠĤ · Çļéåñ åñđ ŕéþåîŕ ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>REFURBISH · General</source>
            <translation>[ŔÉƑÛŔƁÎŠĤ · Ĝéñéŕåļ ~~~~~~]</translation>
        </message>
        <message>
            <source>DISPOSE · E-waste recycling</source>
            <translation>[ĐÎŠÞÖŠÉ · É-ŵåšţé ŕéçýçļîñĝ ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>DISPOSE · Textile recycling</source>
            <translation>[ĐÎŠÞÖŠÉ · Ţéẋţîļé ŕéçýçļîñĝ ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>DISPOSE · General</source>
            <translation>[ĐÎŠÞÖŠÉ · Ĝéñéŕåļ ~~~~~~]</translation>
        </message>
        <message>
            <source>HOLD · Exceptions desk</source>
            <translation>[ĤÖĻĐ · Éẋçéþţîöñš đéšķ ~~~~~~~]</translation>
        </message>
        <message>
            <source>QUARANTINE · Lead's cage</source>
            <translation>[ǪÛÅŔÅÑŢÎÑÉ · Ļéåđ'š çåĝé ~~~~~~~~]</translation>
        </message>
        <message>
            <source>{file} has too many pixels ({width}×{height}). Use a photo of at most {limit} megapixels.</source>
            <translation>[{file} ĥåš ţöö ɱåñý þîẋéļš ({width}×{height}). Ûšé å þĥöţö öƒ åţ ɱöšţ {limit} ɱéĝåþîẋéļš. ~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{file} is cut short (the copy or upload stopped part way). Take the photo again or copy the file again.</source>
            <translation>[{file} îš çûţ šĥöŕţ (ţĥé çöþý öŕ ûþļöåđ šţöþþéđ þåŕţ ŵåý). Ţåķé ţĥé þĥöţö åĝåîñ öŕ çöþý ţĥé ƒîļé åĝåîñ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{file} is damaged (cut short or corrupt) and cannot be checked. Take the photo again.</source>
            <translation>[{file} îš đåɱåĝéđ (çûţ šĥöŕţ öŕ çöŕŕûþţ) åñđ çåññöţ ƀé çĥéçķéđ. Ţåķé ţĥé þĥöţö åĝåîñ. ~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{file} is not a picture (JPEG, PNG, WebP, BMP or TIFF). Take the photo again or choose another file.</source>
            <translation>[{file} îš ñöţ å þîçţûŕé (ĴÞÉĜ, ÞÑĜ, ŴéƀÞ, ƁṀÞ öŕ ŢÎƑƑ). Ţåķé ţĥé þĥöţö åĝåîñ öŕ çĥööšé åñöţĥéŕ ƒîļé. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{file} is a folder, not a photo.</source>
            <translation>[{file} îš å ƒöļđéŕ, ñöţ å þĥöţö. ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{file} cannot be opened ({problem}). Check the name and permissions.</source>
            <translation>[{file} çåññöţ ƀé öþéñéđ ({problem}). Çĥéçķ ţĥé ñåɱé åñđ þéŕɱîššîöñš. ~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{where}, rule '{rule}', question '{question}'</source>
            <translation>[{where}, ŕûļé '{rule}', ǫûéšţîöñ '{question}' ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The grading rules cannot be used ({problem}). Items cannot be graded until a lead fixes the rules file.</source>
            <translation>[Ţĥé ĝŕåđîñĝ ŕûļéš çåññöţ ƀé ûšéđ ({problem}). Îţéɱš çåññöţ ƀé ĝŕåđéđ ûñţîļ å ļéåđ ƒîẋéš ţĥé ŕûļéš ƒîļé. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>a rule needs a 'grade', a 'flag' or both</source>
            <translation>[å ŕûļé ñééđš å 'ĝŕåđé', å 'ƒļåĝ' öŕ ƀöţĥ ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>unknown grade '{grade}'; use one of {grades}</source>
            <translation>[ûñķñöŵñ ĝŕåđé '{grade}'; ûšé öñé öƒ {grades} ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>a 'disposition' needs a 'grade' in the same rule</source>
            <translation>[å 'đîšþöšîţîöñ' ñééđš å 'ĝŕåđé' îñ ţĥé šåɱé ŕûļé ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>unknown disposition '{value}'; use one of {choices}</source>
            <translation>[ûñķñöŵñ đîšþöšîţîöñ '{value}'; ûšé öñé öƒ {choices} ~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>unknown flag '{flag}'; use one of {flags} or add it to 'flags'</source>
            <translation>[ûñķñöŵñ ƒļåĝ '{flag}'; ûšé öñé öƒ {flags} öŕ åđđ îţ ţö 'ƒļåĝš' ~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{where}, rule '{rule}'</source>
            <translation>[{where}, ŕûļé '{rule}' ~~~~~]</translation>
        </message>
        <message>
            <source>no rules</source>
            <translation>[ñö ŕûļéš ~~~]</translation>
        </message>
        <message>
            <source>category '{category}' has no rules of its own; only the rules for every category grade it</source>
            <translation>[çåţéĝöŕý '{category}' ĥåš ñö ŕûļéš öƒ îţš öŵñ; öñļý ţĥé ŕûļéš ƒöŕ éṽéŕý çåţéĝöŕý ĝŕåđé îţ ~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>'when' (checklist {category} v{version})</source>
            <translation>['ŵĥéñ' (çĥéçķļîšţ {category} ṽ{version}) ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{where}, question '{question}'</source>
            <translation>[{where}, ǫûéšţîöñ '{question}' ~~~~~~~~]</translation>
        </message>
        <message>
            <source>version {version} is also in {other} with different rules; give the newer file a higher version</source>
            <translation>[ṽéŕšîöñ {version} îš åļšö îñ {other} ŵîţĥ đîƒƒéŕéñţ ŕûļéš; ĝîṽé ţĥé ñéŵéŕ ƒîļé å ĥîĝĥéŕ ṽéŕšîöñ ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>the file should start with 'version:' and hold 'every_category:' and 'categories:'</source>
            <translation>[ţĥé ƒîļé šĥöûļđ šţåŕţ ŵîţĥ 'ṽéŕšîöñ:' åñđ ĥöļđ 'éṽéŕý_çåţéĝöŕý:' åñđ 'çåţéĝöŕîéš:' ~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>'{key}' lists {values} more than once</source>
            <translation>['{key}' ļîšţš {values} ɱöŕé ţĥåñ öñçé ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>disposition '{value}': use lower-case letters, digits and _ only</source>
            <translation>[đîšþöšîţîöñ '{value}': ûšé ļöŵéŕ-çåšé ļéţţéŕš, đîĝîţš åñđ _ öñļý ~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>'disposition_for_grade' has no disposition for grade {grade}</source>
            <translation>['đîšþöšîţîöñ_ƒöŕ_ĝŕåđé' ĥåš ñö đîšþöšîţîöñ ƒöŕ ĝŕåđé {grade} ~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>'disposition_for_grade' names grade '{grade}', which is not in 'grades'</source>
            <translation>['đîšþöšîţîöñ_ƒöŕ_ĝŕåđé' ñåɱéš ĝŕåđé '{grade}', ŵĥîçĥ îš ñöţ îñ 'ĝŕåđéš' ~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>rules for category '{category}', which has no checklist loaded; they are not used</source>
            <translation>[ŕûļéš ƒöŕ çåţéĝöŕý '{category}', ŵĥîçĥ ĥåš ñö çĥéçķļîšţ ļöåđéđ; ţĥéý åŕé ñöţ ûšéđ ~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>no rules files (*.yaml) found</source>
            <translation>[ñö ŕûļéš ƒîļéš (*.ýåɱļ) ƒöûñđ ~~~~~~~~]</translation>
        </message>
        <message>
            <source>'disposition_for_grade' sends grade {grade} to '{value}', which is not in 'dispositions'</source>
            <translation>['đîšþöšîţîöñ_ƒöŕ_ĝŕåđé' šéñđš ĝŕåđé {grade} ţö '{value}', ŵĥîçĥ îš ñöţ îñ 'đîšþöšîţîöñš' ~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>the rule id '{id}' is used twice</source>
            <translation>[ţĥé ŕûļé îđ '{id}' îš ûšéđ ţŵîçé ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Restock</source>
            <translation>[Ŕéšţöçķ ~~~]</translation>
        </message>
        <message>
            <source>Refurbish</source>
            <translation>[Ŕéƒûŕƀîšĥ ~~~~]</translation>
        </message>
        <message>
            <source>Dispose</source>
            <translation>[Đîšþöšé ~~~]</translation>
        </message>
        <message>
            <source>Return to vendor</source>
            <translation>[Ŕéţûŕñ ţö ṽéñđöŕ ~~~~~~]</translation>
        </message>
        <message>
            <source>Liquidate</source>
            <translation>[Ļîǫûîđåţé ~~~~]</translation>
        </message>
        <message>
            <source>{disposition}: {reason}</source>
            <translation>[{disposition}: {reason} ~~~~~~~]</translation>
        </message>
        <message>
            <source>{disposition}: {reason} ({questions})</source>
            <translation>[{disposition}: {reason} ({questions}) ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Grade "{grade}" is not on this warehouse's scale. Choose one of {grades}.</source>
            <translation>[Ĝŕåđé "{grade}" îš ñöţ öñ ţĥîš ŵåŕéĥöûšé'š šçåļé. Çĥööšé öñé öƒ {grades}. ~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>"{disposition}" is not a disposition used here. Choose one of {choices}.</source>
            <translation>["{disposition}" îš ñöţ å đîšþöšîţîöñ ûšéđ ĥéŕé. Çĥööšé öñé öƒ {choices}. ~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{reason} ({questions})</source>
            <translation>[{reason} ({questions}) ~~~~~~]</translation>
        </message>
        <message>
            <source>{file} is a folder, not an image. Choose an image file.</source>
            <translation>[{file} îš å ƒöļđéŕ, ñöţ åñ îɱåĝé. Çĥööšé åñ îɱåĝé ƒîļé. ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Image {file} is empty (0 bytes). Take or copy the photo again.</source>
            <translation>[Îɱåĝé {file} îš éɱþţý (0 ƀýţéš). Ţåķé öŕ çöþý ţĥé þĥöţö åĝåîñ. ~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Image {file} is too large ({megabytes} MB; at most {limit} MB). Use a smaller photo.</source>
            <translation>[Îɱåĝé {file} îš ţöö ļåŕĝé ({megabytes} ṀƁ; åţ ɱöšţ {limit} ṀƁ). Ûšé å šɱåļļéŕ þĥöţö. ~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{file} is not a readable image (damaged, or not PNG, JPEG, WebP, BMP or TIFF). Take the photo again or scan the label.</source>
            <translation>[{file} îš ñöţ å ŕéåđåƀļé îɱåĝé (đåɱåĝéđ, öŕ ñöţ ÞÑĜ, ĴÞÉĜ, ŴéƀÞ, ƁṀÞ öŕ ŢÎƑƑ). Ţåķé ţĥé þĥöţö åĝåîñ öŕ šçåñ ţĥé ļåƀéļ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Image {file} was not found. Check the name and folder.</source>
            <translation>[Îɱåĝé {file} ŵåš ñöţ ƒöûñđ. Çĥéçķ ţĥé ñåɱé åñđ ƒöļđéŕ. ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Image {file} cannot be opened ({problem}). Check the file and its permissions.</source>
            <translation>[Îɱåĝé {file} çåññöţ ƀé öþéñéđ ({problem}). Çĥéçķ ţĥé ƒîļé åñđ îţš þéŕɱîššîöñš. ~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Image {file} cannot be read ({problem}). Check the file and its permissions.</source>
            <translation>[Îɱåĝé {file} çåññöţ ƀé ŕéåđ ({problem}). Çĥéçķ ţĥé ƒîļé åñđ îţš þéŕɱîššîöñš. ~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Badge {code} is not known at this station. Pick your name instead, or ask a lead.</source>
            <translation>[Ɓåđĝé {code} îš ñöţ ķñöŵñ åţ ţĥîš šţåţîöñ. Þîçķ ýöûŕ ñåɱé îñšţéåđ, öŕ åšķ å ļéåđ. ~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>This user cannot sign in here. Ask a lead.</source>
            <translation>[Ţĥîš ûšéŕ çåññöţ šîĝñ îñ ĥéŕé. Åšķ å ļéåđ. ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>That PIN is not right. Try again, or ask a lead to reset it.</source>
            <translation>[Ţĥåţ ÞÎÑ îš ñöţ ŕîĝĥţ. Ţŕý åĝåîñ, öŕ åšķ å ļéåđ ţö ŕéšéţ îţ. ~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The data folder {path} cannot be created ({problem}). Choose another with --data-dir.</source>
            <translation>[Ţĥé đåţå ƒöļđéŕ {path} çåññöţ ƀé çŕéåţéđ ({problem}). Çĥööšé åñöţĥéŕ ŵîţĥ --đåţå-đîŕ. ~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The station database is busy (another program holds it). Nothing was lost: try again in a moment, or restart the station if it keeps happening.</source>
            <translation>[Ţĥé šţåţîöñ đåţåƀåšé îš ƀûšý (åñöţĥéŕ þŕöĝŕåɱ ĥöļđš îţ). Ñöţĥîñĝ ŵåš ļöšţ: ţŕý åĝåîñ îñ å ɱöɱéñţ, öŕ ŕéšţåŕţ ţĥé šţåţîöñ îƒ îţ ķééþš ĥåþþéñîñĝ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The station cannot write to its disk (full or failing). Your last saved answer is kept. Call a lead.</source>
            <translation>[Ţĥé šţåţîöñ çåññöţ ŵŕîţé ţö îţš đîšķ (ƒûļļ öŕ ƒåîļîñĝ). Ýöûŕ ļåšţ šåṽéđ åñšŵéŕ îš ķéþţ. Çåļļ å ļéåđ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{rma} line {line}: serial {serial} matches.</source>
            <translation>[{rma} ļîñé {line}: šéŕîåļ {serial} ɱåţçĥéš. ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{rma} has already been inspected. Open that inspection, or scan the next label.</source>
            <translation>[{rma} ĥåš åļŕéåđý ƀééñ îñšþéçţéđ. Öþéñ ţĥåţ îñšþéçţîöñ, öŕ šçåñ ţĥé ñéẋţ ļåƀéļ. ~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Label not recognised: no RMA, product or serial matches "{text}". Find the product to inspect it as an unexpected return, type the RMA number, or call a lead.</source>
            <translation>[Ļåƀéļ ñöţ ŕéçöĝñîšéđ: ñö ŔṀÅ, þŕöđûçţ öŕ šéŕîåļ ɱåţçĥéš "{text}". Ƒîñđ ţĥé þŕöđûçţ ţö îñšþéçţ îţ åš åñ ûñéẋþéçţéđ ŕéţûŕñ, ţýþé ţĥé ŔṀÅ ñûɱƀéŕ, öŕ çåļļ å ļéåđ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{rma} is not in the system. Find the product to inspect it as an unexpected return; a lead will review it.</source>
            <translation>[{rma} îš ñöţ îñ ţĥé šýšţéɱ. Ƒîñđ ţĥé þŕöđûçţ ţö îñšþéçţ îţ åš åñ ûñéẋþéçţéđ ŕéţûŕñ; å ļéåđ ŵîļļ ŕéṽîéŵ îţ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>This is a carrier tracking label ({carrier}). Scan the RMA label or the item's barcode instead.</source>
            <translation>[Ţĥîš îš å çåŕŕîéŕ ţŕåçķîñĝ ļåƀéļ ({carrier}). Šçåñ ţĥé ŔṀÅ ļåƀéļ öŕ ţĥé îţéɱ'š ƀåŕçöđé îñšţéåđ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Wrong item: the label's GTIN {gtin} ({scanned}) is not the {expected} on {rma}.</source>
            <translation>[Ŵŕöñĝ îţéɱ: ţĥé ļåƀéļ'š ĜŢÎÑ {gtin} ({scanned}) îš ñöţ ţĥé {expected} öñ {rma}. ~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{name} has no RMA for this label. Inspect it as an unexpected return; a lead will review it.</source>
            <translation>[{name} ĥåš ñö ŔṀÅ ƒöŕ ţĥîš ļåƀéļ. Îñšþéçţ îţ åš åñ ûñéẋþéçţéđ ŕéţûŕñ; å ļéåđ ŵîļļ ŕéṽîéŵ îţ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Unexpected return: label "{text}" matches no RMA.</source>
            <translation>[Ûñéẋþéçţéđ ŕéţûŕñ: ļåƀéļ "{text}" ɱåţçĥéš ñö ŔṀÅ. ~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Unexpected return: {rma} was not found.</source>
            <translation>[Ûñéẋþéçţéđ ŕéţûŕñ: {rma} ŵåš ñöţ ƒöûñđ. ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Unexpected return: no RMA found for GTIN {gtin}.</source>
            <translation>[Ûñéẋþéçţéđ ŕéţûŕñ: ñö ŔṀÅ ƒöûñđ ƒöŕ ĜŢÎÑ {gtin}. ~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Unexpected return: no RMA found for SKU {sku}.</source>
            <translation>[Ûñéẋþéçţéđ ŕéţûŕñ: ñö ŔṀÅ ƒöûñđ ƒöŕ ŠĶÛ {sku}. ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>There is no checklist for the category "{category}" at this station. Put the item aside and call a lead.</source>
            <translation>[Ţĥéŕé îš ñö çĥéçķļîšţ ƒöŕ ţĥé çåţéĝöŕý "{category}" åţ ţĥîš šţåţîöñ. Þûţ ţĥé îţéɱ åšîđé åñđ çåļļ å ļéåđ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>This inspection is no longer open (it was completed or removed). Scan the next label.</source>
            <translation>[Ţĥîš îñšþéçţîöñ îš ñö ļöñĝéŕ öþéñ (îţ ŵåš çöɱþļéţéđ öŕ ŕéɱöṽéđ). Šçåñ ţĥé ñéẋţ ļåƀéļ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Say why you change the grade or disposition (a few words), then complete.</source>
            <translation>[Šåý ŵĥý ýöû çĥåñĝé ţĥé ĝŕåđé öŕ đîšþöšîţîöñ (å ƒéŵ ŵöŕđš), ţĥéñ çöɱþļéţé. ~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Grade {grade} is not on this warehouse's scale.</source>
            <translation>[Ĝŕåđé {grade} îš ñöţ öñ ţĥîš ŵåŕéĥöûšé'š šçåļé. ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>You are not an active user at this station. Sign in again, or ask an admin.</source>
            <translation>[Ýöû åŕé ñöţ åñ åçţîṽé ûšéŕ åţ ţĥîš šţåţîöñ. Šîĝñ îñ åĝåîñ, öŕ åšķ åñ åđɱîñ. ~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Only a shift lead may approve or regrade. You are signed in as {role}: ask a lead to decide.</source>
            <translation>[Öñļý å šĥîƒţ ļéåđ ɱåý åþþŕöṽé öŕ ŕéĝŕåđé. Ýöû åŕé šîĝñéđ îñ åš {role}: åšķ å ļéåđ ţö đéçîđé. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>You inspected this item yourself: another lead must review it.</source>
            <translation>[Ýöû îñšþéçţéđ ţĥîš îţéɱ ýöûŕšéļƒ: åñöţĥéŕ ļéåđ ɱûšţ ŕéṽîéŵ îţ. ~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Inspection {id} is not in this station's store. Sync, then try again.</source>
            <translation>[Îñšþéçţîöñ {id} îš ñöţ îñ ţĥîš šţåţîöñ'š šţöŕé. Šýñç, ţĥéñ ţŕý åĝåîñ. ~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Disposition {disposition} is not known here.</source>
            <translation>[Đîšþöšîţîöñ {disposition} îš ñöţ ķñöŵñ ĥéŕé. ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Grade {grade} and {disposition} is already the outcome. Choose another grade or disposition, or approve.</source>
            <translation>[Ĝŕåđé {grade} åñđ {disposition} îš åļŕéåđý ţĥé öûţçöɱé. Çĥööšé åñöţĥéŕ ĝŕåđé öŕ đîšþöšîţîöñ, öŕ åþþŕöṽé. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Say why you regrade (a few words): the reason goes into the evidence packet.</source>
            <translation>[Šåý ŵĥý ýöû ŕéĝŕåđé (å ƒéŵ ŵöŕđš): ţĥé ŕéåšöñ ĝöéš îñţö ţĥé éṽîđéñçé þåçķéţ. ~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Product {sku} is no longer in the catalog. Call a lead.</source>
            <translation>[Þŕöđûçţ {sku} îš ñö ļöñĝéŕ îñ ţĥé çåţåļöĝ. Çåļļ å ļéåđ. ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Product {sku} is not in the catalog. Search by name or GTIN, or call a lead.</source>
            <translation>[Þŕöđûçţ {sku} îš ñöţ îñ ţĥé çåţåļöĝ. Šéåŕçĥ ƀý ñåɱé öŕ ĜŢÎÑ, öŕ çåļļ å ļéåđ. ~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>That question is not part of this checklist now. Answer the one shown.</source>
            <translation>[Ţĥåţ ǫûéšţîöñ îš ñöţ þåŕţ öƒ ţĥîš çĥéçķļîšţ ñöŵ. Åñšŵéŕ ţĥé öñé šĥöŵñ. ~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The central database at {url} cannot be read ({problem}). Check the URL and that it is migrated.</source>
            <translation>[Ţĥé çéñţŕåļ đåţåƀåšé åţ {url} çåññöţ ƀé ŕéåđ ({problem}). Çĥéçķ ţĥé ÛŔĻ åñđ ţĥåţ îţ îš ɱîĝŕåţéđ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{text} is not an inspection id (a UUID such as 0193…-…). List them with `station inspections list`.</source>
            <translation>[{text} îš ñöţ åñ îñšþéçţîöñ îđ (å ÛÛÎĐ šûçĥ åš 0193…-…). Ļîšţ ţĥéɱ ŵîţĥ `šţåţîöñ îñšþéçţîöñš ļîšţ`. ~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Say where to write the PDF with -o FILE.pdf.</source>
            <translation>[Šåý ŵĥéŕé ţö ŵŕîţé ţĥé ÞĐƑ ŵîţĥ -ö ƑÎĻÉ.þđƒ. ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>No inspections were completed since {date}. Give an earlier date.</source>
            <translation>[Ñö îñšþéçţîöñš ŵéŕé çöɱþļéţéđ šîñçé {date}. Ĝîṽé åñ éåŕļîéŕ đåţé. ~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Cannot write {path} ({problem}). Choose another file.</source>
            <translation>[Çåññöţ ŵŕîţé {path} ({problem}). Çĥööšé åñöţĥéŕ ƒîļé. ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Slip for inspection {id} written to {path}.</source>
            <translation>[Šļîþ ƒöŕ îñšþéçţîöñ {id} ŵŕîţţéñ ţö {path}. ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Only the refurb team or a lead may record refurbishment and re-grade. Ask a lead.</source>
            <translation>[Öñļý ţĥé ŕéƒûŕƀ ţéåɱ öŕ å ļéåđ ɱåý ŕéçöŕđ ŕéƒûŕƀîšĥɱéñţ åñđ ŕé-ĝŕåđé. Åšķ å ļéåđ. ~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Nothing in the refurb queue matches {text}. Scan the grading slip's QR code, or pick the item from the list.</source>
            <translation>[Ñöţĥîñĝ îñ ţĥé ŕéƒûŕƀ ǫûéûé ɱåţçĥéš {text}. Šçåñ ţĥé ĝŕåđîñĝ šļîþ'š ǪŔ çöđé, öŕ þîçķ ţĥé îţéɱ ƒŕöɱ ţĥé ļîšţ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>No inspection {ref} at this station. Sync, or scan the slip again.</source>
            <translation>[Ñö îñšþéçţîöñ {ref} åţ ţĥîš šţåţîöñ. Šýñç, öŕ šçåñ ţĥé šļîþ åĝåîñ. ~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>This item is not waiting for refurbishment: it is grade {grade}, {disposition}. Put it where its slip says.</source>
            <translation>[Ţĥîš îţéɱ îš ñöţ ŵåîţîñĝ ƒöŕ ŕéƒûŕƀîšĥɱéñţ: îţ îš ĝŕåđé {grade}, {disposition}. Þûţ îţ ŵĥéŕé îţš šļîþ šåýš. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>After refurbishment an item is restocked or disposed of.</source>
            <translation>[Åƒţéŕ ŕéƒûŕƀîšĥɱéñţ åñ îţéɱ îš ŕéšţöçķéđ öŕ đîšþöšéđ öƒ. ~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>This item is no longer at this station. Open the queue again.</source>
            <translation>[Ţĥîš îţéɱ îš ñö ļöñĝéŕ åţ ţĥîš šţåţîöñ. Öþéñ ţĥé ǫûéûé åĝåîñ. ~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>This item is no longer waiting for refurbishment. Open the queue again.</source>
            <translation>[Ţĥîš îţéɱ îš ñö ļöñĝéŕ ŵåîţîñĝ ƒöŕ ŕéƒûŕƀîšĥɱéñţ. Öþéñ ţĥé ǫûéûé åĝåîñ. ~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Record the work done on this item before you re-grade it.</source>
            <translation>[Ŕéçöŕđ ţĥé ŵöŕķ đöñé öñ ţĥîš îţéɱ ƀéƒöŕé ýöû ŕé-ĝŕåđé îţ. ~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Question {number} is not answered yet.</source>
            <translation>[Ǫûéšţîöñ {number} îš ñöţ åñšŵéŕéđ ýéţ. ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The checklist still finds work to do (grade {grade}). Record more work and re-grade, or choose restock or dispose and say why.</source>
            <translation>[Ţĥé çĥéçķļîšţ šţîļļ ƒîñđš ŵöŕķ ţö đö (ĝŕåđé {grade}). Ŕéçöŕđ ɱöŕé ŵöŕķ åñđ ŕé-ĝŕåđé, öŕ çĥööšé ŕéšţöçķ öŕ đîšþöšé åñđ šåý ŵĥý. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Say why the item is to be {outcome} against the checklist (a few words).</source>
            <translation>[Šåý ŵĥý ţĥé îţéɱ îš ţö ƀé {outcome} åĝåîñšţ ţĥé çĥéçķļîšţ (å ƒéŵ ŵöŕđš). ~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Say what was done (a few words), then save the work.</source>
            <translation>[Šåý ŵĥåţ ŵåš đöñé (å ƒéŵ ŵöŕđš), ţĥéñ šåṽé ţĥé ŵöŕķ. ~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Enter the time spent in minutes (1 to {max}).</source>
            <translation>[Éñţéŕ ţĥé ţîɱé šþéñţ îñ ɱîñûţéš (1 ţö {max}). ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>[Ýéš ~]</translation>
        </message>
        <message>
            <source>No</source>
            <translation>[Ñö ~]</translation>
        </message>
        <message>
            <source>Inspection {id} is not in this station's store. Sync, then open it again.</source>
            <translation>[Îñšþéçţîöñ {id} îš ñöţ îñ ţĥîš šţåţîöñ'š šţöŕé. Šýñç, ţĥéñ öþéñ îţ åĝåîñ. ~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Scanned the label and started the inspection at {station}.</source>
            <translation>[Šçåññéđ ţĥé ļåƀéļ åñđ šţåŕţéđ ţĥé îñšþéçţîöñ åţ {station}. ~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Took photo {sha}.</source>
            <translation>[Ţööķ þĥöţö {sha}. ~~~~~]</translation>
        </message>
        <message>
            <source>Completed: grade {grade}, {disposition}.</source>
            <translation>[Çöɱþļéţéđ: ĝŕåđé {grade}, {disposition}. ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Approved {grade}/{disposition}.</source>
            <translation>[Åþþŕöṽéđ {grade}/{disposition}. ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Regraded {old_grade}/{old_disposition} to {grade}/{disposition}: {reason}</source>
            <translation>[Ŕéĝŕåđéđ {old_grade}/{old_disposition} ţö {grade}/{disposition}: {reason} ~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Changed the proposed {grade}/{disposition}: {reason}</source>
            <translation>[Çĥåñĝéđ ţĥé þŕöþöšéđ {grade}/{disposition}: {reason} ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>original not in this store</source>
            <translation>[öŕîĝîñåļ ñöţ îñ ţĥîš šţöŕé ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>SHA-256 verified now</source>
            <translation>[ŠĤÅ-256 ṽéŕîƒîéđ ñöŵ ~~~~~~]</translation>
        </message>
        <message>
            <source>DOES NOT MATCH its SHA-256: file changed</source>
            <translation>[ĐÖÉŠ ÑÖŢ ṀÅŢÇĤ îţš ŠĤÅ-256: ƒîļé çĥåñĝéđ ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Evidence packet — inspection {id}</source>
            <translation>[Éṽîđéñçé þåçķéţ — îñšþéçţîöñ {id} ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Made {when} at station {station}{by}. Times are local; photos are identified by the SHA-256 of the file as taken.</source>
            <translation>[Ṁåđé {when} åţ šţåţîöñ {station}{by}. Ţîɱéš åŕé ļöçåļ; þĥöţöš åŕé îđéñţîƒîéđ ƀý ţĥé ŠĤÅ-256 öƒ ţĥé ƒîļé åš ţåķéñ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Item and return</source>
            <translation>[Îţéɱ åñđ ŕéţûŕñ ~~~~~]</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>[Þŕöđûçţ ~~~]</translation>
        </message>
        <message>
            <source>GTIN / category / price</source>
            <translation>[ĜŢÎÑ / çåţéĝöŕý / þŕîçé ~~~~~~~]</translation>
        </message>
        <message>
            <source>Serial (found / expected)</source>
            <translation>[Šéŕîåļ (ƒöûñđ / éẋþéçţéđ) ~~~~~~~~]</translation>
        </message>
        <message>
            <source>RMA / line / order</source>
            <translation>[ŔṀÅ / ļîñé / öŕđéŕ ~~~~~]</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>[Çûšţöɱéŕ ~~~]</translation>
        </message>
        <message>
            <source>Return reason</source>
            <translation>[Ŕéţûŕñ ŕéåšöñ ~~~~~]</translation>
        </message>
        <message>
            <source>Purchase date</source>
            <translation>[Þûŕçĥåšé đåţé ~~~~~]</translation>
        </message>
        <message>
            <source>Label as scanned</source>
            <translation>[Ļåƀéļ åš šçåññéđ ~~~~~~]</translation>
        </message>
        <message>
            <source>Inspector / station</source>
            <translation>[Îñšþéçţöŕ / šţåţîöñ ~~~~~~]</translation>
        </message>
        <message>
            <source>Started / completed</source>
            <translation>[Šţåŕţéđ / çöɱþļéţéđ ~~~~~~]</translation>
        </message>
        <message>
            <source>Checklist / rules</source>
            <translation>[Çĥéçķļîšţ / ŕûļéš ~~~~~~]</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>[Öûţçöɱé ~~~]</translation>
        </message>
        <message>
            <source>Proposed by the rules</source>
            <translation>[Þŕöþöšéđ ƀý ţĥé ŕûļéš ~~~~~~~]</translation>
        </message>
        <message>
            <source>Set by the inspector</source>
            <translation>[Šéţ ƀý ţĥé îñšþéçţöŕ ~~~~~~~]</translation>
        </message>
        <message>
            <source>Current (after reviews)</source>
            <translation>[Çûŕŕéñţ (åƒţéŕ ŕéṽîéŵš) ~~~~~~~~]</translation>
        </message>
        <message>
            <source>Reasons for the grade</source>
            <translation>[Ŕéåšöñš ƒöŕ ţĥé ĝŕåđé ~~~~~~~]</translation>
        </message>
        <message>
            <source>Checklist answers</source>
            <translation>[Çĥéçķļîšţ åñšŵéŕš ~~~~~~]</translation>
        </message>
        <message>
            <source>Reviews</source>
            <translation>[Ŕéṽîéŵš ~~~]</translation>
        </message>
        <message>
            <source>Photos ({count})</source>
            <translation>[Þĥöţöš ({count}) ~~~~]</translation>
        </message>
        <message>
            <source>Audit entries</source>
            <translation>[Åûđîţ éñţŕîéš ~~~~~]</translation>
        </message>
        <message>
            <source>Each entry's hash covers the one before it at the same station; `station audit verify` checks the chains.</source>
            <translation>[Éåçĥ éñţŕý'š ĥåšĥ çöṽéŕš ţĥé öñé ƀéƒöŕé îţ åţ ţĥé šåɱé šţåţîöñ; `šţåţîöñ åûđîţ ṽéŕîƒý` çĥéçķš ţĥé çĥåîñš. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Why a lead reviewed it</source>
            <translation>[Ŵĥý å ļéåđ ŕéṽîéŵéđ îţ ~~~~~~~]</translation>
        </message>
        <message>
            <source>No lead has reviewed this inspection yet.</source>
            <translation>[Ñö ļéåđ ĥåš ŕéṽîéŵéđ ţĥîš îñšþéçţîöñ ýéţ. ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Photo {n} of {total} — taken {when}{prompt}</source>
            <translation>[Þĥöţö {n} öƒ {total} — ţåķéñ {when}{prompt} ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>SHA-256 {sha} · {width}×{height} px · {size} bytes · {check}</source>
            <translation>[ŠĤÅ-256 {sha} · {width}×{height} þẋ · {size} ƀýţéš · {check} ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The evidence packet could not be written to {path} ({problem}). Choose another folder.</source>
            <translation>[Ţĥé éṽîđéñçé þåçķéţ çöûļđ ñöţ ƀé ŵŕîţţéñ ţö {path} ({problem}). Çĥööšé åñöţĥéŕ ƒöļđéŕ. ~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>(the photo file is not in this store)</source>
            <translation>[(ţĥé þĥöţö ƒîļé îš ñöţ îñ ţĥîš šţöŕé) ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>[Ñö. ~]</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>[Ǫûéšţîöñ ~~~]</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>[Åñšŵéŕ ~~]</translation>
        </message>
        <message>
            <source>Answered</source>
            <translation>[Åñšŵéŕéđ ~~~]</translation>
        </message>
        <message>
            <source>Station #</source>
            <translation>[Šţåţîöñ # ~~~]</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>[Ŵĥö ~]</translation>
        </message>
        <message>
            <source>What</source>
            <translation>[Ŵĥåţ ~~]</translation>
        </message>
        <message>
            <source>When</source>
            <translation>[Ŵĥéñ ~~]</translation>
        </message>
        <message>
            <source>Hash</source>
            <translation>[Ĥåšĥ ~~]</translation>
        </message>
        <message>
            <source>Lead</source>
            <translation>[Ļéåđ ~~]</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>[Đéçîšîöñ ~~~]</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>[Ŕéåšöñ ~~]</translation>
        </message>
        <message>
            <source>Disposal of an item worth {price} (review from {limit}).</source>
            <translation>[Đîšþöšåļ öƒ åñ îţéɱ ŵöŕţĥ {price} (ŕéṽîéŵ ƒŕöɱ {limit}). ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Random quality sample.</source>
            <translation>[Ŕåñđöɱ ǫûåļîţý šåɱþļé. ~~~~~~~~]</translation>
        </message>
        <message>
            <source>{name} is locked out after too many wrong PINs. A shift lead or an admin must unlock the sign-in first (Unlock on the sign-in screen, or `station users unlock`).</source>
            <translation>[{name} îš ļöçķéđ öûţ åƒţéŕ ţöö ɱåñý ŵŕöñĝ ÞÎÑš. Å šĥîƒţ ļéåđ öŕ åñ åđɱîñ ɱûšţ ûñļöçķ ţĥé šîĝñ-îñ ƒîŕšţ (Ûñļöçķ öñ ţĥé šîĝñ-îñ šçŕééñ, öŕ `šţåţîöñ ûšéŕš ûñļöçķ`). ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>That PIN is not right. Wait {seconds} s, then try again.</source>
            <translation>[Ţĥåţ ÞÎÑ îš ñöţ ŕîĝĥţ. Ŵåîţ {seconds} š, ţĥéñ ţŕý åĝåîñ. ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>A PIN is 4 to 6 digits (0–9); {length} characters given. Choose another PIN.</source>
            <translation>[Å ÞÎÑ îš 4 ţö 6 đîĝîţš (0–9); {length} çĥåŕåçţéŕš ĝîṽéñ. Çĥööšé åñöţĥéŕ ÞÎÑ. ~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>A PIN is 4 to 6 digits. Type it again.</source>
            <translation>[Å ÞÎÑ îš 4 ţö 6 đîĝîţš. Ţýþé îţ åĝåîñ. ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Nobody unlocks their own sign-in. Ask another shift lead or an admin.</source>
            <translation>[Ñöƀöđý ûñļöçķš ţĥéîŕ öŵñ šîĝñ-îñ. Åšķ åñöţĥéŕ šĥîƒţ ļéåđ öŕ åñ åđɱîñ. ~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Only a shift lead or an admin can unlock {name}. Ask one to come.</source>
            <translation>[Öñļý å šĥîƒţ ļéåđ öŕ åñ åđɱîñ çåñ ûñļöçķ {name}. Åšķ öñé ţö çöɱé. ~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>This user is not known at this station. Ask an admin.</source>
            <translation>[Ţĥîš ûšéŕ îš ñöţ ķñöŵñ åţ ţĥîš šţåţîöñ. Åšķ åñ åđɱîñ. ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>This is the label of an item already inspected ({reference}, {when}). Open it in Review or Refurb, or scan the parcel's return label to inspect another item.</source>
            <translation>[Ţĥîš îš ţĥé ļåƀéļ öƒ åñ îţéɱ åļŕéåđý îñšþéçţéđ ({reference}, {when}). Öþéñ îţ îñ Ŕéṽîéŵ öŕ Ŕéƒûŕƀ, öŕ šçåñ ţĥé þåŕçéļ'š ŕéţûŕñ ļåƀéļ ţö îñšþéçţ åñöţĥéŕ îţéɱ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Question {number} needs at least one answer: press the number of each that applies, then Enter.</source>
            <translation>[Ǫûéšţîöñ {number} ñééđš åţ ļéåšţ öñé åñšŵéŕ: þŕéšš ţĥé ñûɱƀéŕ öƒ éåçĥ ţĥåţ åþþļîéš, ţĥéñ Éñţéŕ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>A photo is still needed: {prompt}</source>
            <translation>[Å þĥöţö îš šţîļļ ñééđéđ: {prompt} ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>No photo was given. Take the photo again.</source>
            <translation>[Ñö þĥöţö ŵåš ĝîṽéñ. Ţåķé ţĥé þĥöţö åĝåîñ. ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Inspector changed the outcome: {reason}</source>
            <translation>[Îñšþéçţöŕ çĥåñĝéđ ţĥé öûţçöɱé: {reason} ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Audit event #{seq} of station {station} does not match its hash: it was changed or inserted after the chain was written.</source>
            <translation>[Åûđîţ éṽéñţ #{seq} öƒ šţåţîöñ {station} đöéš ñöţ ɱåţçĥ îţš ĥåšĥ: îţ ŵåš çĥåñĝéđ öŕ îñšéŕţéđ åƒţéŕ ţĥé çĥåîñ ŵåš ŵŕîţţéñ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Photo {sha} ({table} {id}) is missing from the evidence store.</source>
            <translation>[Þĥöţö {sha} ({table} {id}) îš ɱîššîñĝ ƒŕöɱ ţĥé éṽîđéñçé šţöŕé. ~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Photo {sha} ({table} {id}) no longer matches its SHA-256: the file was changed.</source>
            <translation>[Þĥöţö {sha} ({table} {id}) ñö ļöñĝéŕ ɱåţçĥéš îţš ŠĤÅ-256: ţĥé ƒîļé ŵåš çĥåñĝéđ. ~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Name the central database: station central init --url postgresql://USER@HOST/DB</source>
            <translation>[Ñåɱé ţĥé çéñţŕåļ đåţåƀåšé: šţåţîöñ çéñţŕåļ îñîţ --ûŕļ þöšţĝŕéšǫļ://ÛŠÉŔ@ĤÖŠŢ/ĐƁ ~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The import could not be written to the database ({problem}). Nothing was imported; check the database and try again.</source>
            <translation>[Ţĥé îɱþöŕţ çöûļđ ñöţ ƀé ŵŕîţţéñ ţö ţĥé đåţåƀåšé ({problem}). Ñöţĥîñĝ ŵåš îɱþöŕţéđ; çĥéçķ ţĥé đåţåƀåšé åñđ ţŕý åĝåîñ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The export file {path} cannot be written ({problem}). Choose another place.</source>
            <translation>[Ţĥé éẋþöŕţ ƒîļé {path} çåññöţ ƀé ŵŕîţţéñ ({problem}). Çĥööšé åñöţĥéŕ þļåçé. ~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{file}, {problem}</source>
            <translation>[{file}, {problem} ~~~~]</translation>
        </message>
        <message>
            <source>good</source>
            <translation>[ĝööđ ~~]</translation>
        </message>
        <message>
            <source>Sharp photo: {sharp:.1f}; blurred photo: {blurred:.1f}. Suggested blur limit for camera {camera}: {limit:.1f}.</source>
            <translation>[Šĥåŕþ þĥöţö: {sharp:.1f}; ƀļûŕŕéđ þĥöţö: {blurred:.1f}. Šûĝĝéšţéđ ƀļûŕ ļîɱîţ ƒöŕ çåɱéŕå {camera}: {limit:.1f}. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The same picture (distance {distance} of 64 bits).</source>
            <translation>[Ţĥé šåɱé þîçţûŕé (đîšţåñçé {distance} öƒ 64 ƀîţš). ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Different pictures (distance {distance} of 64 bits).</source>
            <translation>[Đîƒƒéŕéñţ þîçţûŕéš (đîšţåñçé {distance} öƒ 64 ƀîţš). ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Saved in {path}.</source>
            <translation>[Šåṽéđ îñ {path}. ~~~~]</translation>
        </message>
        <message>
            <source>The number of inspections cannot be negative.</source>
            <translation>[Ţĥé ñûɱƀéŕ öƒ îñšþéçţîöñš çåññöţ ƀé ñéĝåţîṽé. ~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>There are no RMAs with a known checklist, or no users, to make inspections from. Run `station demo load` first.</source>
            <translation>[Ţĥéŕé åŕé ñö ŔṀÅš ŵîţĥ å ķñöŵñ çĥéçķļîšţ, öŕ ñö ûšéŕš, ţö ɱåķé îñšþéçţîöñš ƒŕöɱ. Ŕûñ `šţåţîöñ đéɱö ļöåđ` ƒîŕšţ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>This may not be the product on the RMA: the photo matches its catalog picture {score} %. Check the item; a lead will look at it.</source>
            <translation>[Ţĥîš ɱåý ñöţ ƀé ţĥé þŕöđûçţ öñ ţĥé ŔṀÅ: ţĥé þĥöţö ɱåţçĥéš îţš çåţåļöĝ þîçţûŕé {score} %. Çĥéçķ ţĥé îţéɱ; å ļéåđ ŵîļļ ļööķ åţ îţ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>'{value}' is not a GTIN (8 to 14 digits)</source>
            <translation>['{value}' îš ñöţ å ĜŢÎÑ (8 ţö 14 đîĝîţš) ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>'{value}': use lower-case letters, digits and _ (like home_kitchen)</source>
            <translation>['{value}': ûšé ļöŵéŕ-çåšé ļéţţéŕš, đîĝîţš åñđ _ (ļîķé ĥöɱé_ķîţçĥéñ) ~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>GTIN {gtin} belongs to {other} already</source>
            <translation>[ĜŢÎÑ {gtin} ƀéļöñĝš ţö {other} åļŕéåđý ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>line {line}: {problem}</source>
            <translation>[ļîñé {line}: {problem} ~~~~~~]</translation>
        </message>
        <message>
            <source>'{value}' should be true or false</source>
            <translation>['{value}' šĥöûļđ ƀé ţŕûé öŕ ƒåļšé ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>line {line}, field '{field}': {problem}</source>
            <translation>[ļîñé {line}, ƒîéļđ '{field}': {problem} ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>is longer than {limit} characters</source>
            <translation>[îš ļöñĝéŕ ţĥåñ {limit} çĥåŕåçţéŕš ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>'{value}' may hold letters, digits and - _ . / only</source>
            <translation>['{value}' ɱåý ĥöļđ ļéţţéŕš, đîĝîţš åñđ - _ . / öñļý ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>'{value}' is not an amount from 0 up</source>
            <translation>['{value}' îš ñöţ åñ åɱöûñţ ƒŕöɱ 0 ûþ ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>'{value}' is not a whole number</source>
            <translation>['{value}' îš ñöţ å ŵĥöļé ñûɱƀéŕ ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>must be at least {minimum}</source>
            <translation>[ɱûšţ ƀé åţ ļéåšţ {minimum} ~~~~~~~~]</translation>
        </message>
        <message>
            <source>The file {path} cannot be opened ({problem}). Check the name and try again.</source>
            <translation>[Ţĥé ƒîļé {path} çåññöţ ƀé öþéñéđ ({problem}). Çĥéçķ ţĥé ñåɱé åñđ ţŕý åĝåîñ. ~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The file {path} has no column {columns} (it has: {found}). Fix the header line and import again.</source>
            <translation>[Ţĥé ƒîļé {path} ĥåš ñö çöļûɱñ {columns} (îţ ĥåš: {found}). Ƒîẋ ţĥé ĥéåđéŕ ļîñé åñđ îɱþöŕţ åĝåîñ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>is empty; it is required</source>
            <translation>[îš éɱþţý; îţ îš ŕéǫûîŕéđ ~~~~~~~~]</translation>
        </message>
        <message>
            <source>'{value}' is not an amount such as 49.90</source>
            <translation>['{value}' îš ñöţ åñ åɱöûñţ šûçĥ åš 49.90 ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>'{value}' is not a date such as 2026-11-24</source>
            <translation>['{value}' îš ñöţ å đåţé šûçĥ åš 2026-11-24 ~~~~~~~~]</translation>
        </message>
        <message>
            <source>'{value}' is not a month such as 2026-11</source>
            <translation>['{value}' îš ñöţ å ɱöñţĥ šûçĥ åš 2026-11 ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>No refund yet: there is no RMA for this item, so no customer to pay. A lead finds the order.</source>
            <translation>[Ñö ŕéƒûñđ ýéţ: ţĥéŕé îš ñö ŔṀÅ ƒöŕ ţĥîš îţéɱ, šö ñö çûšţöɱéŕ ţö þåý. Å ļéåđ ƒîñđš ţĥé öŕđéŕ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Repeat returner: {customer} has {count} returns within {days} days (the limit is {limit}).</source>
            <translation>[Ŕéþéåţ ŕéţûŕñéŕ: {customer} ĥåš {count} ŕéţûŕñš ŵîţĥîñ {days} đåýš (ţĥé ļîɱîţ îš {limit}). ~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The serial on the item ({scanned}) is not the one sold ({sold}): possibly a swapped item.</source>
            <translation>[Ţĥé šéŕîåļ öñ ţĥé îţéɱ ({scanned}) îš ñöţ ţĥé öñé šöļđ ({sold}): þöššîƀļý å šŵåþþéđ îţéɱ. ~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Returned as "{reason}", but shows signs of use: {signs}.</source>
            <translation>[Ŕéţûŕñéđ åš "{reason}", ƀûţ šĥöŵš šîĝñš öƒ ûšé: {signs}. ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{where}, field '{field}': {problem}</source>
            <translation>[{where}, ƒîéļđ '{field}': {problem} ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The return policy {file} cannot be used: {problem}. Fix the file or ask a lead.</source>
            <translation>[Ţĥé ŕéţûŕñ þöļîçý {file} çåññöţ ƀé ûšéđ: {problem}. Ƒîẋ ţĥé ƒîļé öŕ åšķ å ļéåđ. ~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>the file should be a set of keys ('key: value' lines)</source>
            <translation>[ţĥé ƒîļé šĥöûļđ ƀé å šéţ öƒ ķéýš ('ķéý: ṽåļûé' ļîñéš) ~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>the category '{category}' has another policy file already</source>
            <translation>[ţĥé çåţéĝöŕý '{category}' ĥåš åñöţĥéŕ þöļîçý ƒîļé åļŕéåđý ~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>grade '{grade}' has no terms</source>
            <translation>[ĝŕåđé '{grade}' ĥåš ñö ţéŕɱš ~~~~~~~~]</translation>
        </message>
        <message>
            <source>unknown time zone '{zone}': use a name such as Europe/Berlin, or local</source>
            <translation>[ûñķñöŵñ ţîɱé žöñé '{zone}': ûšé å ñåɱé šûçĥ åš Éûŕöþé/Ɓéŕļîñ, öŕ ļöçåļ ~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>grade '{grade}' is not on the grading scale ({scale})</source>
            <translation>[ĝŕåđé '{grade}' îš ñöţ öñ ţĥé ĝŕåđîñĝ šçåļé ({scale}) ~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>question '{question}' is not in the {category} checklist</source>
            <translation>[ǫûéšţîöñ '{question}' îš ñöţ îñ ţĥé {category} çĥéçķļîšţ ~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{settlement} {amount} (price {price}, fee {fee}): {why}.</source>
            <translation>[{settlement} {amount} (þŕîçé {price}, ƒéé {fee}): {why}. ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{name}</source>
            <translation>[{name} ~~]</translation>
        </message>
        <message>
            <source>This station is still fetching its earlier records as {station} from the central database. Wait until the header shows it synced, then try again.</source>
            <translation>[Ţĥîš šţåţîöñ îš šţîļļ ƒéţçĥîñĝ îţš éåŕļîéŕ ŕéçöŕđš åš {station} ƒŕöɱ ţĥé çéñţŕåļ đåţåƀåšé. Ŵåîţ ûñţîļ ţĥé ĥéåđéŕ šĥöŵš îţ šýñçéđ, ţĥéñ ţŕý åĝåîñ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{file} has too many pixels ({width}×{height}); at most {limit} million. Use a smaller photo.</source>
            <translation>[{file} ĥåš ţöö ɱåñý þîẋéļš ({width}×{height}); åţ ɱöšţ {limit} ɱîļļîöñ. Ûšé å šɱåļļéŕ þĥöţö. ~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{file} declares a gigantic picture (over {limit} million pixels); it is not a photo. Use a smaller photo.</source>
            <translation>[{file} đéçļåŕéš å ĝîĝåñţîç þîçţûŕé (öṽéŕ {limit} ɱîļļîöñ þîẋéļš); îţ îš ñöţ å þĥöţö. Ûšé å šɱåļļéŕ þĥöţö. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Nothing was imported: a file is imported whole or not at all.</source>
            <translation>[Ñöţĥîñĝ ŵåš îɱþöŕţéđ: å ƒîļé îš îɱþöŕţéđ ŵĥöļé öŕ ñöţ åţ åļļ. ~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{file}: {problem} {nothing}</source>
            <translation>[{file}: {problem} {nothing} ~~~~~~~]</translation>
        </message>
        <message>
            <source>line {line} holds a cell of more than {limit} characters. No field of an import is that long: a quote (") is not closed, or the file is damaged. Fix it and import again.</source>
            <translation>[ļîñé {line} ĥöļđš å çéļļ öƒ ɱöŕé ţĥåñ {limit} çĥåŕåçţéŕš. Ñö ƒîéļđ öƒ åñ îɱþöŕţ îš ţĥåţ ļöñĝ: å ǫûöţé (") îš ñöţ çļöšéđ, öŕ ţĥé ƒîļé îš đåɱåĝéđ. Ƒîẋ îţ åñđ îɱþöŕţ åĝåîñ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>the file is saved as UTF-16 text. Save it as CSV UTF-8 and import again.</source>
            <translation>[ţĥé ƒîļé îš šåṽéđ åš ÛŢƑ-16 ţéẋţ. Šåṽé îţ åš ÇŠṼ ÛŢƑ-8 åñđ îɱþöŕţ åĝåîñ. ~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>the quote (") that opens a cell on line {line} is never closed, so the rest of the file would be one cell. Close it, or write a quote inside a cell as two (""), and import again.</source>
            <translation>[ţĥé ǫûöţé (") ţĥåţ öþéñš å çéļļ öñ ļîñé {line} îš ñéṽéŕ çļöšéđ, šö ţĥé ŕéšţ öƒ ţĥé ƒîļé ŵöûļđ ƀé öñé çéļļ. Çļöšé îţ, öŕ ŵŕîţé å ǫûöţé îñšîđé å çéļļ åš ţŵö (""), åñđ îɱþöŕţ åĝåîñ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>line {line} is not valid CSV ({detail}). Fix the line and import again.</source>
            <translation>[ļîñé {line} îš ñöţ ṽåļîđ ÇŠṼ ({detail}). Ƒîẋ ţĥé ļîñé åñđ îɱþöŕţ åĝåîñ. ~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>the header line holds NUL characters: the file is saved as UTF-16 or is no text file. Save it as CSV UTF-8 and import again.</source>
            <translation>[ţĥé ĥéåđéŕ ļîñé ĥöļđš ÑÛĻ çĥåŕåçţéŕš: ţĥé ƒîļé îš šåṽéđ åš ÛŢƑ-16 öŕ îš ñö ţéẋţ ƒîļé. Šåṽé îţ åš ÇŠṼ ÛŢƑ-8 åñđ îɱþöŕţ åĝåîñ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>the header line names the column {columns} more than once. Fix the header line and import again.</source>
            <translation>[ţĥé ĥéåđéŕ ļîñé ñåɱéš ţĥé çöļûɱñ {columns} ɱöŕé ţĥåñ öñçé. Ƒîẋ ţĥé ĥéåđéŕ ļîñé åñđ îɱþöŕţ åĝåîñ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>holds the control character {char}, which no text of an import may hold (the file may be damaged); fix the cell</source>
            <translation>[ĥöļđš ţĥé çöñţŕöļ çĥåŕåçţéŕ {char}, ŵĥîçĥ ñö ţéẋţ öƒ åñ îɱþöŕţ ɱåý ĥöļđ (ţĥé ƒîļé ɱåý ƀé đåɱåĝéđ); ƒîẋ ţĥé çéļļ ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>'{value}' is too large (at most {maximum})</source>
            <translation>['{value}' îš ţöö ļåŕĝé (åţ ɱöšţ {maximum}) ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>the file is {megabytes} MB; an import file is at most {limit} MB. Split it and import the parts.</source>
            <translation>[ţĥé ƒîļé îš {megabytes} ṀƁ; åñ îɱþöŕţ ƒîļé îš åţ ɱöšţ {limit} ṀƁ. Šþļîţ îţ åñđ îɱþöŕţ ţĥé þåŕţš. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>line {line} holds bytes that are not UTF-8 text: the file is saved in another encoding (such as Latin-1 or Windows-1252) or is no CSV file at all. Save it as CSV UTF-8 and import again.</source>
            <translation>[ļîñé {line} ĥöļđš ƀýţéš ţĥåţ åŕé ñöţ ÛŢƑ-8 ţéẋţ: ţĥé ƒîļé îš šåṽéđ îñ åñöţĥéŕ éñçöđîñĝ (šûçĥ åš Ļåţîñ-1 öŕ Ŵîñđöŵš-1252) öŕ îš ñö ÇŠṼ ƒîļé åţ åļļ. Šåṽé îţ åš ÇŠṼ ÛŢƑ-8 åñđ îɱþöŕţ åĝåîñ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{value} is also on line {others}; a file may hold it once only, so none of these lines was imported. Keep one of them and import again.</source>
            <translation>[{value} îš åļšö öñ ļîñé {others}; å ƒîļé ɱåý ĥöļđ îţ öñçé öñļý, šö ñöñé öƒ ţĥéšé ļîñéš ŵåš îɱþöŕţéđ. Ķééþ öñé öƒ ţĥéɱ åñđ îɱþöŕţ åĝåîñ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>has {count} cells, more than the {columns} columns of the header: a cell that holds a comma needs quotes ("Smith, Ann"). Fix the line and import again.</source>
            <translation>[ĥåš {count} çéļļš, ɱöŕé ţĥåñ ţĥé {columns} çöļûɱñš öƒ ţĥé ĥéåđéŕ: å çéļļ ţĥåţ ĥöļđš å çöɱɱå ñééđš ǫûöţéš ("Šɱîţĥ, Åññ"). Ƒîẋ ţĥé ļîñé åñđ îɱþöŕţ åĝåîñ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>No event {id} in the central database.</source>
            <translation>[Ñö éṽéñţ {id} îñ ţĥé çéñţŕåļ đåţåƀåšé. ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{id} is not an event id (a UUID, as `station central events list` shows).</source>
            <translation>[{id} îš ñöţ åñ éṽéñţ îđ (å ÛÛÎĐ, åš `šţåţîöñ çéñţŕåļ éṽéñţš ļîšţ` šĥöŵš). ~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Destination {name}: {url} is not an http(s) URL. Fix the destinations file.</source>
            <translation>[Đéšţîñåţîöñ {name}: {url} îš ñöţ åñ ĥţţþ(š) ÛŔĻ. Ƒîẋ ţĥé đéšţîñåţîöñš ƒîļé. ~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Destination {name}: the environment variable {variable} with its secret is not set. Set it for the relay (systemd: Environment= or EnvironmentFile=).</source>
            <translation>[Đéšţîñåţîöñ {name}: ţĥé éñṽîŕöñɱéñţ ṽåŕîåƀļé {variable} ŵîţĥ îţš šéçŕéţ îš ñöţ šéţ. Šéţ îţ ƒöŕ ţĥé ŕéļåý (šýšţéɱđ: Éñṽîŕöñɱéñţ= öŕ ÉñṽîŕöñɱéñţƑîļé=). ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Destination {name}: {url} is not a URL ({problem}). Fix the destinations file.</source>
            <translation>[Đéšţîñåţîöñ {name}: {url} îš ñöţ å ÛŔĻ ({problem}). Ƒîẋ ţĥé đéšţîñåţîöñš ƒîļé. ~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Destination {name} is named twice in the destinations file.</source>
            <translation>[Đéšţîñåţîöñ {name} îš ñåɱéđ ţŵîçé îñ ţĥé đéšţîñåţîöñš ƒîļé. ~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Destination {name}: unknown event types {types}. Known: {known}.</source>
            <translation>[Đéšţîñåţîöñ {name}: ûñķñöŵñ éṽéñţ ţýþéš {types}. Ķñöŵñ: {known}. ~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The destinations file {path} cannot be read ({problem}).</source>
            <translation>[Ţĥé đéšţîñåţîöñš ƒîļé {path} çåññöţ ƀé ŕéåđ ({problem}). ~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The destinations file {path} is not valid YAML ({problem}).</source>
            <translation>[Ţĥé đéšţîñåţîöñš ƒîļé {path} îš ñöţ ṽåļîđ ÝÅṀĻ ({problem}). ~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The destinations file {path}: {where} ({name}): {problem}.</source>
            <translation>[Ţĥé đéšţîñåţîöñš ƒîļé {path}: {where} ({name}): {problem}. ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Destination {name}: the secret in {variable} is not a Standard Webhooks secret (whsec_ and base64).</source>
            <translation>[Đéšţîñåţîöñ {name}: ţĥé šéçŕéţ îñ {variable} îš ñöţ å Šţåñđåŕđ Ŵéƀĥööķš šéçŕéţ (ŵĥšéç_ åñđ ƀåšé64). ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Destination {name}: a Shopify return is processed once, at inspection; list only inspection.completed.</source>
            <translation>[Đéšţîñåţîöñ {name}: å Šĥöþîƒý ŕéţûŕñ îš þŕöçéššéđ öñçé, åţ îñšþéçţîöñ; ļîšţ öñļý îñšþéçţîöñ.çöɱþļéţéđ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Destination {name}: a WooCommerce refund is made once, at inspection; list only inspection.completed.</source>
            <translation>[Đéšţîñåţîöñ {name}: å ŴööÇöɱɱéŕçé ŕéƒûñđ îš ɱåđé öñçé, åţ îñšþéçţîöñ; ļîšţ öñļý îñšþéçţîöñ.çöɱþļéţéđ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Destination {name}: the customer's e-mail says what was found at inspection; list only inspection.completed.</source>
            <translation>[Đéšţîñåţîöñ {name}: ţĥé çûšţöɱéŕ'š é-ɱåîļ šåýš ŵĥåţ ŵåš ƒöûñđ åţ îñšþéçţîöñ; ļîšţ öñļý îñšþéçţîöñ.çöɱþļéţéđ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The destinations file names no destination: nothing to relay.</source>
            <translation>[Ţĥé đéšţîñåţîöñš ƒîļé ñåɱéš ñö đéšţîñåţîöñ: ñöţĥîñĝ ţö ŕéļåý. ~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>grade {grade} under the {category} policy</source>
            <translation>[ĝŕåđé {grade} ûñđéŕ ţĥé {category} þöļîçý ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>as the policy says</source>
            <translation>[åš ţĥé þöļîçý šåýš ~~~~~~]</translation>
        </message>
        <message>
            <source>{first}; {second}</source>
            <translation>[{first}; {second} ~~~~]</translation>
        </message>
        <message>
            <source>{category} items are not returnable under the warehouse policy: no refund.</source>
            <translation>[{category} îţéɱš åŕé ñöţ ŕéţûŕñåƀļé ûñđéŕ ţĥé ŵåŕéĥöûšé þöļîçý: ñö ŕéƒûñđ. ~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>No return policy for {category}: full refund recommended; a lead may set terms.</source>
            <translation>[Ñö ŕéţûŕñ þöļîçý ƒöŕ {category}: ƒûļļ ŕéƒûñđ ŕéçöɱɱéñđéđ; å ļéåđ ɱåý šéţ ţéŕɱš. ~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>nothing back for this grade</source>
            <translation>[ñöţĥîñĝ ƀåçķ ƒöŕ ţĥîš ĝŕåđé ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>the customer's reason "{reason}" calls for an exchange</source>
            <translation>[ţĥé çûšţöɱéŕ'š ŕéåšöñ "{reason}" çåļļš ƒöŕ åñ éẋçĥåñĝé ~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Refund</source>
            <translation>[Ŕéƒûñđ ~~]</translation>
        </message>
        <message>
            <source>Store credit</source>
            <translation>[Šţöŕé çŕéđîţ ~~~~]</translation>
        </message>
        <message>
            <source>Exchange</source>
            <translation>[Éẋçĥåñĝé ~~~]</translation>
        </message>
        <message>
            <source>No refund</source>
            <translation>[Ñö ŕéƒûñđ ~~~]</translation>
        </message>
        <message>
            <source>full price</source>
            <translation>[ƒûļļ þŕîçé ~~~~]</translation>
        </message>
        <message>
            <source>no purchase date: {settlement} at most</source>
            <translation>[ñö þûŕçĥåšé đåţé: {settlement} åţ ɱöšţ ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{percent} % restocking fee</source>
            <translation>[{percent} % ŕéšţöçķîñĝ ƒéé ~~~~~~~~]</translation>
        </message>
        <message>
            <source>outside the return window: {settlement} at most</source>
            <translation>[öûţšîđé ţĥé ŕéţûŕñ ŵîñđöŵ: {settlement} åţ ɱöšţ ~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>restocking fee {fee}</source>
            <translation>[ŕéšţöçķîñĝ ƒéé {fee} ~~~~~~]</translation>
        </message>
        <message>
            <source>no restocking fee</source>
            <translation>[ñö ŕéšţöçķîñĝ ƒéé ~~~~~~]</translation>
        </message>
        <message>
            <source>Changed my mind</source>
            <translation>[Çĥåñĝéđ ɱý ɱîñđ ~~~~~]</translation>
        </message>
        <message>
            <source>Not as described</source>
            <translation>[Ñöţ åš đéšçŕîƀéđ ~~~~~~]</translation>
        </message>
        <message>
            <source>Arrived damaged</source>
            <translation>[Åŕŕîṽéđ đåɱåĝéđ ~~~~~~]</translation>
        </message>
        <message>
            <source>Wrong size</source>
            <translation>[Ŵŕöñĝ šîžé ~~~~]</translation>
        </message>
        <message>
            <source>Unopened, no longer needed</source>
            <translation>[Ûñöþéñéđ, ñö ļöñĝéŕ ñééđéđ ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Wrong item sent</source>
            <translation>[Ŵŕöñĝ îţéɱ šéñţ ~~~~~]</translation>
        </message>
        <message>
            <source>purchase</source>
            <translation>[þûŕçĥåšé ~~~]</translation>
        </message>
        <message>
            <source>Inside the {days}-day window from {start} ({return_kind} {day}, last day {last}).</source>
            <translation>[Îñšîđé ţĥé {days}-đåý ŵîñđöŵ ƒŕöɱ {start} ({return_kind} {day}, ļåšţ đåý {last}). ~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>delivery</source>
            <translation>[đéļîṽéŕý ~~~]</translation>
        </message>
        <message>
            <source>The RMA has no purchase date: the return window ({days} days) could not be checked.</source>
            <translation>[Ţĥé ŔṀÅ ĥåš ñö þûŕçĥåšé đåţé: ţĥé ŕéţûŕñ ŵîñđöŵ ({days} đåýš) çöûļđ ñöţ ƀé çĥéçķéđ. ~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>received</source>
            <translation>[ŕéçéîṽéđ ~~~]</translation>
        </message>
        <message>
            <source>requested</source>
            <translation>[ŕéǫûéšţéđ ~~~~]</translation>
        </message>
        <message>
            <source>The RMA has no return request date: the return window ({days} days from {start}) was not checked.</source>
            <translation>[Ţĥé ŔṀÅ ĥåš ñö ŕéţûŕñ ŕéǫûéšţ đåţé: ţĥé ŕéţûŕñ ŵîñđöŵ ({days} đåýš ƒŕöɱ {start}) ŵåš ñöţ çĥéçķéđ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The put-away rules cannot be used ({problem}). Put items aside and call a lead to fix the put-away file.</source>
            <translation>[Ţĥé þûţ-åŵåý ŕûļéš çåññöţ ƀé ûšéđ ({problem}). Þûţ îţéɱš åšîđé åñđ çåļļ å ļéåđ ţö ƒîẋ ţĥé þûţ-åŵåý ƒîļé. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>zone '{zone}' is not listed under 'zones'</source>
            <translation>[žöñé '{zone}' îš ñöţ ļîšţéđ ûñđéŕ 'žöñéš' ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>the quarantine needs the container kind 'cage' under 'kinds'</source>
            <translation>[ţĥé ǫûåŕåñţîñé ñééđš ţĥé çöñţåîñéŕ ķîñđ 'çåĝé' ûñđéŕ 'ķîñđš' ~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>no put-away files (*.yaml) found</source>
            <translation>[ñö þûţ-åŵåý ƒîļéš (*.ýåɱļ) ƒöûñđ ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>the rule id is used twice; give each rule its own id</source>
            <translation>[ţĥé ŕûļé îđ îš ûšéđ ţŵîçé; ĝîṽé éåçĥ ŕûļé îţš öŵñ îđ ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>container kind '{kind}' is not listed under 'kinds'</source>
            <translation>[çöñţåîñéŕ ķîñđ '{kind}' îš ñöţ ļîšţéđ ûñđéŕ 'ķîñđš' ~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>zone '{zone}' is the quarantine cage: only items flagged for a lead go there</source>
            <translation>[žöñé '{zone}' îš ţĥé ǫûåŕåñţîñé çåĝé: öñļý îţéɱš ƒļåĝĝéđ ƒöŕ å ļéåđ ĝö ţĥéŕé ~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>the file should start with 'version:' and hold 'kinds:', 'zones:', 'quarantine:' and 'rules:'</source>
            <translation>[ţĥé ƒîļé šĥöûļđ šţåŕţ ŵîţĥ 'ṽéŕšîöñ:' åñđ ĥöļđ 'ķîñđš:', 'žöñéš:', 'ǫûåŕåñţîñé:' åñđ 'ŕûļéš:' ~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>'{value}' is not a known {key}; use one of {expected}</source>
            <translation>['{value}' îš ñöţ å ķñöŵñ {key}; ûšé öñé öƒ {expected} ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>no rule places a {disposition} item of {category} graded {grade}; add a rule for it (or one without 'when' at the end)</source>
            <translation>[ñö ŕûļé þļåçéš å {disposition} îţéɱ öƒ {category} ĝŕåđéđ {grade}; åđđ å ŕûļé ƒöŕ îţ (öŕ öñé ŵîţĥöûţ 'ŵĥéñ' åţ ţĥé éñđ) ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The dashboard is for shift leads and admins. Sign in as one to see it.</source>
            <translation>[Ţĥé đåšĥƀöåŕđ îš ƒöŕ šĥîƒţ ļéåđš åñđ åđɱîñš. Šîĝñ îñ åš öñé ţö šéé îţ. ~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>This station has no central database set (central_url). Showing it needs one; ask an admin, or read this station's own store.</source>
            <translation>[Ţĥîš šţåţîöñ ĥåš ñö çéñţŕåļ đåţåƀåšé šéţ (çéñţŕåļ_ûŕļ). Šĥöŵîñĝ îţ ñééđš öñé; åšķ åñ åđɱîñ, öŕ ŕéåđ ţĥîš šţåţîöñ'š öŵñ šţöŕé. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The {source} database cannot be read now ({problem}). The figures shown are older; try Refresh in a minute.</source>
            <translation>[Ţĥé {source} đåţåƀåšé çåññöţ ƀé ŕéåđ ñöŵ ({problem}). Ţĥé ƒîĝûŕéš šĥöŵñ åŕé öļđéŕ; ţŕý Ŕéƒŕéšĥ îñ å ɱîñûţé. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The file {path} cannot be written ({problem}). Choose another place.</source>
            <translation>[Ţĥé ƒîļé {path} çåññöţ ƀé ŵŕîţţéñ ({problem}). Çĥööšé åñöţĥéŕ þļåçé. ~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Inspection {id} · page {page}</source>
            <translation>[Îñšþéçţîöñ {id} · þåĝé {page} ~~~~~~~~]</translation>
        </message>
        <message>
            <source>✓ passed</source>
            <translation>[✓ þåššéđ ~~]</translation>
        </message>
        <message>
            <source>✗ FAILED</source>
            <translation>[✗ ƑÅÎĻÉĐ ~~]</translation>
        </message>
        <message>
            <source>Perceptual hash {phash}</source>
            <translation>[Þéŕçéþţûåļ ĥåšĥ {phash} ~~~~~~~~]</translation>
        </message>
        <message>
            <source>Sharpness {value} (at least {limit}): {verdict}</source>
            <translation>[Šĥåŕþñéšš {value} (åţ ļéåšţ {limit}): {verdict} ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Contrast {value} (at least {limit}): {verdict}</source>
            <translation>[Çöñţŕåšţ {value} (åţ ļéåšţ {limit}): {verdict} ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Brightest 5 % at level {value} (too dark at or below {limit}): {verdict}</source>
            <translation>[Ɓŕîĝĥţéšţ 5 % åţ ļéṽéļ {value} (ţöö đåŕķ åţ öŕ ƀéļöŵ {limit}): {verdict} ~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Darkest 1 % at level {value} (too bright at or above {limit}): {verdict}</source>
            <translation>[Đåŕķéšţ 1 % åţ ļéṽéļ {value} (ţöö ƀŕîĝĥţ åţ öŕ åƀöṽé {limit}): {verdict} ~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Clipped to white on {value} % of the picture (at most {limit} %): {verdict}</source>
            <translation>[Çļîþþéđ ţö ŵĥîţé öñ {value} % öƒ ţĥé þîçţûŕé (åţ ɱöšţ {limit} %): {verdict} ~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Glare on {value} % of the picture (at most {limit} %): {verdict}</source>
            <translation>[Ĝļåŕé öñ {value} % öƒ ţĥé þîçţûŕé (åţ ɱöšţ {limit} %): {verdict} ~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Broad glare on {value} % of the picture (at most {limit} %): {verdict}</source>
            <translation>[Ɓŕöåđ ĝļåŕé öñ {value} % öƒ ţĥé þîçţûŕé (åţ ɱöšţ {limit} %): {verdict} ~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The item covers {value} % of the picture (at least {limit} %): {verdict}</source>
            <translation>[Ţĥé îţéɱ çöṽéŕš {value} % öƒ ţĥé þîçţûŕé (åţ ļéåšţ {limit} %): {verdict} ~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Item cut off at {sides} edge(s) of the picture: {verdict}</source>
            <translation>[Îţéɱ çûţ öƒƒ åţ {sides} éđĝé(š) öƒ ţĥé þîçţûŕé: {verdict} ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Looks like the catalog picture: {score} %</source>
            <translation>[Ļööķš ļîķé ţĥé çåţåļöĝ þîçţûŕé: {score} % ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Same or nearly the same picture as in inspection {id} (distance {distance})</source>
            <translation>[Šåɱé öŕ ñéåŕļý ţĥé šåɱé þîçţûŕé åš îñ îñšþéçţîöñ {id} (đîšţåñçé {distance}) ~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>No label printer is set for item labels.</source>
            <translation>[Ñö ļåƀéļ þŕîñţéŕ îš šéţ ƒöŕ îţéɱ ļåƀéļš. ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The print queue {printer} cannot be reached: this computer has no print system. Set the label printer's address (host:9100) instead.</source>
            <translation>[Ţĥé þŕîñţ ǫûéûé {printer} çåññöţ ƀé ŕéåçĥéđ: ţĥîš çöɱþûţéŕ ĥåš ñö þŕîñţ šýšţéɱ. Šéţ ţĥé ļåƀéļ þŕîñţéŕ'š åđđŕéšš (ĥöšţ:9100) îñšţéåđ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The print queue {printer} refused the label ({problem}). Check the queue's name.</source>
            <translation>[Ţĥé þŕîñţ ǫûéûé {printer} ŕéƒûšéđ ţĥé ļåƀéļ ({problem}). Çĥéçķ ţĥé ǫûéûé'š ñåɱé. ~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The label printer {printer} did not take the label ({problem}). Check that it is on and has labels.</source>
            <translation>[Ţĥé ļåƀéļ þŕîñţéŕ {printer} đîđ ñöţ ţåķé ţĥé ļåƀéļ ({problem}). Çĥéçķ ţĥåţ îţ îš öñ åñđ ĥåš ļåƀéļš. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Wrong item: scanned GTIN {gtin}, but the product chosen for this return is {name} ({expected}).</source>
            <translation>[Ŵŕöñĝ îţéɱ: šçåññéđ ĜŢÎÑ {gtin}, ƀûţ ţĥé þŕöđûçţ çĥöšéñ ƒöŕ ţĥîš ŕéţûŕñ îš {name} ({expected}). ~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>At completion</source>
            <translation>[Åţ çöɱþļéţîöñ ~~~~~]</translation>
        </message>
        <message numerus="yes">
            <source>'{key}' needs at least %n value(s)</source>
            <translation>
                <numerusform>['{key}' ñééđš åţ ļéåšţ %n ṽåļûé(š) ~~~~~~~~~]</numerusform>
                <numerusform>['{key}' ñééđš åţ ļéåšţ %n ṽåļûé(š) ~~~~~~~~~]</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{what}: {added} added, {updated} updated, {unchanged} unchanged, %n row(s) with errors</source>
            <translation>
                <numerusform>[{what}: {added} åđđéđ, {updated} ûþđåţéđ, {unchanged} ûñçĥåñĝéđ, %n ŕöŵ(š) ŵîţĥ éŕŕöŕš ~~~~~~~~~~~~~~~~~~~~~~~~]</numerusform>
                <numerusform>[{what}: {added} åđđéđ, {updated} ûþđåţéđ, {unchanged} ûñçĥåñĝéđ, %n ŕöŵ(š) ŵîţĥ éŕŕöŕš ~~~~~~~~~~~~~~~~~~~~~~~~]</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n slip(s) written to {path}.</source>
            <translation>
                <numerusform>[%n šļîþ(š) ŵŕîţţéñ ţö {path}. ~~~~~~~~]</numerusform>
                <numerusform>[%n šļîþ(š) ŵŕîţţéñ ţö {path}. ~~~~~~~~]</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Outside the {days}-day window from {start}: {return_kind} {day}, %n day(s) after the last day {last}.</source>
            <translation>
                <numerusform>[Öûţšîđé ţĥé {days}-đåý ŵîñđöŵ ƒŕöɱ {start}: {return_kind} {day}, %n đåý(š) åƒţéŕ ţĥé ļåšţ đåý {last}. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</numerusform>
                <numerusform>[Öûţšîđé ţĥé {days}-đåý ŵîñđöŵ ƒŕöɱ {start}: {return_kind} {day}, %n đåý(š) åƒţéŕ ţĥé ļåšţ đåý {last}. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{rma}: %n item(s) to inspect.</source>
            <translation>
                <numerusform>[{rma}: %n îţéɱ(š) ţö îñšþéçţ. ~~~~~~~]</numerusform>
                <numerusform>[{rma}: %n îţéɱ(š) ţö îñšþéçţ. ~~~~~~~]</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{code} closed with %n item(s): print its label and manifest.</source>
            <translation>
                <numerusform>[{code} çļöšéđ ŵîţĥ %n îţéɱ(š): þŕîñţ îţš ļåƀéļ åñđ ɱåñîƒéšţ. ~~~~~~~~~~~~~~~~~~]</numerusform>
                <numerusform>[{code} çļöšéđ ŵîţĥ %n îţéɱ(š): þŕîñţ îţš ļåƀéļ åñđ ɱåñîƒéšţ. ~~~~~~~~~~~~~~~~~~]</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n photo(s)</source>
            <translation>
                <numerusform>[%n þĥöţö(š) ~~~]</numerusform>
                <numerusform>[%n þĥöţö(š) ~~~]</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) · closed {time} by {station}</source>
            <translation>
                <numerusform>[%n îţéɱ(š) · çļöšéđ {time} ƀý {station} ~~~~~~~~~~]</numerusform>
                <numerusform>[%n îţéɱ(š) · çļöšéđ {time} ƀý {station} ~~~~~~~~~~]</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) · open</source>
            <translation>
                <numerusform>[%n îţéɱ(š) · öþéñ ~~~~]</numerusform>
                <numerusform>[%n îţéɱ(š) · öþéñ ~~~~]</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n item(s)</source>
            <translation>
                <numerusform>[%n îţéɱ(š) ~~]</numerusform>
                <numerusform>[%n îţéɱ(š) ~~]</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Manifest {kind} {code} · {zone} · %n item(s)</source>
            <translation>
                <numerusform>[Ṁåñîƒéšţ {kind} {code} · {zone} · %n îţéɱ(š) ~~~~~~~~~~]</numerusform>
                <numerusform>[Ṁåñîƒéšţ {kind} {code} · {zone} · %n îţéɱ(š) ~~~~~~~~~~]</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The central database refused %n record(s); they wait in quarantine. Call a lead or IT (`station sync status` lists them; `station sync retry` sends them again).</source>
            <translation>
                <numerusform>[Ţĥé çéñţŕåļ đåţåƀåšé ŕéƒûšéđ %n ŕéçöŕđ(š); ţĥéý ŵåîţ îñ ǫûåŕåñţîñé. Çåļļ å ļéåđ öŕ ÎŢ (`šţåţîöñ šýñç šţåţûš` ļîšţš ţĥéɱ; `šţåţîöñ šýñç ŕéţŕý` šéñđš ţĥéɱ åĝåîñ). ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</numerusform>
                <numerusform>[Ţĥé çéñţŕåļ đåţåƀåšé ŕéƒûšéđ %n ŕéçöŕđ(š); ţĥéý ŵåîţ îñ ǫûåŕåñţîñé. Çåļļ å ļéåđ öŕ ÎŢ (`šţåţîöñ šýñç šţåţûš` ļîšţš ţĥéɱ; `šţåţîöñ šýñç ŕéţŕý` šéñđš ţĥéɱ åĝåîñ). ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The central database refused %n record(s) because this station's audit chain was changed outside the station program (or does not go on from the central's). Sending them again cannot help: keep this computer as it is and call IT to run `station audit verify --central`.</source>
            <translation>
                <numerusform>[Ţĥé çéñţŕåļ đåţåƀåšé ŕéƒûšéđ %n ŕéçöŕđ(š) ƀéçåûšé ţĥîš šţåţîöñ'š åûđîţ çĥåîñ ŵåš çĥåñĝéđ öûţšîđé ţĥé šţåţîöñ þŕöĝŕåɱ (öŕ đöéš ñöţ ĝö öñ ƒŕöɱ ţĥé çéñţŕåļ'š). Šéñđîñĝ ţĥéɱ åĝåîñ çåññöţ ĥéļþ: ķééþ ţĥîš çöɱþûţéŕ åš îţ îš åñđ çåļļ ÎŢ ţö ŕûñ `šţåţîöñ åûđîţ ṽéŕîƒý --çéñţŕåļ`. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</numerusform>
                <numerusform>[Ţĥé çéñţŕåļ đåţåƀåšé ŕéƒûšéđ %n ŕéçöŕđ(š) ƀéçåûšé ţĥîš šţåţîöñ'š åûđîţ çĥåîñ ŵåš çĥåñĝéđ öûţšîđé ţĥé šţåţîöñ þŕöĝŕåɱ (öŕ đöéš ñöţ ĝö öñ ƒŕöɱ ţĥé çéñţŕåļ'š). Šéñđîñĝ ţĥéɱ åĝåîñ çåññöţ ĥéļþ: ķééþ ţĥîš çöɱþûţéŕ åš îţ îš åñđ çåļļ ÎŢ ţö ŕûñ `šţåţîöñ åûđîţ ṽéŕîƒý --çéñţŕåļ`. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Damaged on this station's disk and not sent: %n photo file(s). Retake them if the items are still here, and tell a lead.</source>
            <translation>
                <numerusform>[Đåɱåĝéđ öñ ţĥîš šţåţîöñ'š đîšķ åñđ ñöţ šéñţ: %n þĥöţö ƒîļé(š). Ŕéţåķé ţĥéɱ îƒ ţĥé îţéɱš åŕé šţîļļ ĥéŕé, åñđ ţéļļ å ļéåđ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</numerusform>
                <numerusform>[Đåɱåĝéđ öñ ţĥîš šţåţîöñ'š đîšķ åñđ ñöţ šéñţ: %n þĥöţö ƒîļé(š). Ŕéţåķé ţĥéɱ îƒ ţĥé îţéɱš åŕé šţîļļ ĥéŕé, åñđ ţéļļ å ļéåđ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</numerusform>
            </translation>
        </message>
        <message>
            <source>Kept by the inspector although a check failed: {reason}</source>
            <translation>[Ķéþţ ƀý ţĥé îñšþéçţöŕ åļţĥöûĝĥ å çĥéçķ ƒåîļéđ: {reason} ~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>A photo is the same picture as a photo of inspection {other} at station {station} (found when it arrived by sync): a recycled photo proves nothing.</source>
            <translation>[Å þĥöţö îš ţĥé šåɱé þîçţûŕé åš å þĥöţö öƒ îñšþéçţîöñ {other} åţ šţåţîöñ {station} (ƒöûñđ ŵĥéñ îţ åŕŕîṽéđ ƀý šýñç): å ŕéçýçļéđ þĥöţö þŕöṽéš ñöţĥîñĝ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Only an admin may change a camera's photo limits. Ask an admin.</source>
            <translation>[Öñļý åñ åđɱîñ ɱåý çĥåñĝé å çåɱéŕå'š þĥöţö ļîɱîţš. Åšķ åñ åđɱîñ. ~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Same or nearly the same picture as in inspection {id} of station {station}, found when that photo arrived by sync (distance {distance})</source>
            <translation>[Šåɱé öŕ ñéåŕļý ţĥé šåɱé þîçţûŕé åš îñ îñšþéçţîöñ {id} öƒ šţåţîöñ {station}, ƒöûñđ ŵĥéñ ţĥåţ þĥöţö åŕŕîṽéđ ƀý šýñç (đîšţåñçé {distance}) ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Say why you keep this photo (a few words), or take it again.</source>
            <translation>[Šåý ŵĥý ýöû ķééþ ţĥîš þĥöţö (å ƒéŵ ŵöŕđš), öŕ ţåķé îţ åĝåîñ. ~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>That photo is no longer part of this inspection.</source>
            <translation>[Ţĥåţ þĥöţö îš ñö ļöñĝéŕ þåŕţ öƒ ţĥîš îñšþéçţîöñ. ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Photo {n} is the same picture as a photo of inspection {other}: a recycled photo proves nothing.</source>
            <translation>[Þĥöţö {n} îš ţĥé šåɱé þîçţûŕé åš å þĥöţö öƒ îñšþéçţîöñ {other}: å ŕéçýçļéđ þĥöţö þŕöṽéš ñöţĥîñĝ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The item photo matches the catalog picture only {score} %: this may not be the product on the RMA.</source>
            <translation>[Ţĥé îţéɱ þĥöţö ɱåţçĥéš ţĥé çåţåļöĝ þîçţûŕé öñļý {score} %: ţĥîš ɱåý ñöţ ƀé ţĥé þŕöđûçţ öñ ţĥé ŔṀÅ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Photo {n} was kept although: {problem} Reason: {reason}</source>
            <translation>[Þĥöţö {n} ŵåš ķéþţ åļţĥöûĝĥ: {problem} Ŕéåšöñ: {reason} ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Photo {n} failed the quality check and was not taken again: {problem}</source>
            <translation>[Þĥöţö {n} ƒåîļéđ ţĥé ǫûåļîţý çĥéçķ åñđ ŵåš ñöţ ţåķéñ åĝåîñ: {problem} ~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The station does not speak "{language}". Pick English, Hebrew or Russian.</source>
            <translation>[Ţĥé šţåţîöñ đöéš ñöţ šþéåķ "{language}". Þîçķ Éñĝļîšĥ, Ĥéƀŕéŵ öŕ Ŕûššîåñ. ~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Inspection {id} is not at this station.</source>
            <translation>[Îñšþéçţîöñ {id} îš ñöţ åţ ţĥîš šţåţîöñ. ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>RESTOCK</source>
            <translation>[ŔÉŠŢÖÇĶ ~~~]</translation>
        </message>
        <message>
            <source>REFURBISH</source>
            <translation>[ŔÉƑÛŔƁÎŠĤ ~~~~]</translation>
        </message>
        <message>
            <source>DISPOSE</source>
            <translation>[ĐÎŠÞÖŠÉ ~~~]</translation>
        </message>
        <message>
            <source>Re-graded after refurbishment by {name}</source>
            <translation>[Ŕé-ĝŕåđéđ åƒţéŕ ŕéƒûŕƀîšĥɱéñţ ƀý {name} ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>No inspection {text} at this station. Scan the slip's QR code, or give the full inspection id.</source>
            <translation>[Ñö îñšþéçţîöñ {text} åţ ţĥîš šţåţîöñ. Šçåñ ţĥé šļîþ'š ǪŔ çöđé, öŕ ĝîṽé ţĥé ƒûļļ îñšþéçţîöñ îđ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Outcome changed by {source} ({name})</source>
            <translation>[Öûţçöɱé çĥåñĝéđ ƀý {source} ({name}) ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Inspection {id} is not at this station. Check the number on the slip, or sync and try again.</source>
            <translation>[Îñšþéçţîöñ {id} îš ñöţ åţ ţĥîš šţåţîöñ. Çĥéçķ ţĥé ñûɱƀéŕ öñ ţĥé šļîþ, öŕ šýñç åñđ ţŕý åĝåîñ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Inspector: {name} · Station: {station} · Photos: {photos}</source>
            <translation>[Îñšþéçţöŕ: {name} · Šţåţîöñ: {station} · Þĥöţöš: {photos} ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>GRADING SLIP</source>
            <translation>[ĜŔÅĐÎÑĜ ŠĻÎÞ ~~~~]</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>[ŠĶÛ ~]</translation>
        </message>
        <message>
            <source>Serial</source>
            <translation>[Šéŕîåļ ~~]</translation>
        </message>
        <message>
            <source>RMA</source>
            <translation>[ŔṀÅ ~]</translation>
        </message>
        <message>
            <source>GRADE</source>
            <translation>[ĜŔÅĐÉ ~~]</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>[Ŵĥý ~]</translation>
        </message>
        <message>
            <source>none (unexpected return)</source>
            <translation>[ñöñé (ûñéẋþéçţéđ ŕéţûŕñ) ~~~~~~~~]</translation>
        </message>
        <message>
            <source>Inspection {id} is not at this station; nothing was recorded.</source>
            <translation>[Îñšþéçţîöñ {id} îš ñöţ åţ ţĥîš šţåţîöñ; ñöţĥîñĝ ŵåš ŕéçöŕđéđ. ~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{count} of these slips were printed before. Say why you print them again (a few words), then print.</source>
            <translation>[{count} öƒ ţĥéšé šļîþš ŵéŕé þŕîñţéđ ƀéƒöŕé. Šåý ŵĥý ýöû þŕîñţ ţĥéɱ åĝåîñ (å ƒéŵ ŵöŕđš), ţĥéñ þŕîñţ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The setting could not be saved ({problem}). It holds until the station restarts.</source>
            <translation>[Ţĥé šéţţîñĝ çöûļđ ñöţ ƀé šåṽéđ ({problem}). Îţ ĥöļđš ûñţîļ ţĥé šţåţîöñ ŕéšţåŕţš. ~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>This slip was printed before. Say why you print it again (a few words), then print.</source>
            <translation>[Ţĥîš šļîþ ŵåš þŕîñţéđ ƀéƒöŕé. Šåý ŵĥý ýöû þŕîñţ îţ åĝåîñ (å ƒéŵ ŵöŕđš), ţĥéñ þŕîñţ. ~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Station id {id} is too long for a database role name.</source>
            <translation>[Šţåţîöñ îđ {id} îš ţöö ļöñĝ ƒöŕ å đåţåƀåšé ŕöļé ñåɱé. ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The role prefix {prefix} must be lower-case letters, digits and _ (up to 30).</source>
            <translation>[Ţĥé ŕöļé þŕéƒîẋ {prefix} ɱûšţ ƀé ļöŵéŕ-çåšé ļéţţéŕš, đîĝîţš åñđ _ (ûþ ţö 30). ~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The central database has no schema to work in (check search_path).</source>
            <translation>[Ţĥé çéñţŕåļ đåţåƀåšé ĥåš ñö šçĥéɱå ţö ŵöŕķ îñ (çĥéçķ šéåŕçĥ_þåţĥ). ~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Station id {id} clashes with a group role name; choose another id.</source>
            <translation>[Šţåţîöñ îđ {id} çļåšĥéš ŵîţĥ å ĝŕöûþ ŕöļé ñåɱé; çĥööšé åñöţĥéŕ îđ. ~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Stations {a} and {b} would share the database role {role}; rename one.</source>
            <translation>[Šţåţîöñš {a} åñđ {b} ŵöûļđ šĥåŕé ţĥé đåţåƀåšé ŕöļé {role}; ŕéñåɱé öñé. ~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The central database must be PostgreSQL; {dialect} is only the station's store.</source>
            <translation>[Ţĥé çéñţŕåļ đåţåƀåšé ɱûšţ ƀé ÞöšţĝŕéŠǪĻ; {dialect} îš öñļý ţĥé šţåţîöñ'š šţöŕé. ~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Sync failed ({detail}). The station keeps working; if this stays, call IT.</source>
            <translation>[Šýñç ƒåîļéđ ({detail}). Ţĥé šţåţîöñ ķééþš ŵöŕķîñĝ; îƒ ţĥîš šţåýš, çåļļ ÎŢ. ~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The central database must be PostgreSQL (a postgresql:// URL), not {driver}.</source>
            <translation>[Ţĥé çéñţŕåļ đåţåƀåšé ɱûšţ ƀé ÞöšţĝŕéŠǪĻ (å þöšţĝŕéšǫļ:// ÛŔĻ), ñöţ {driver}. ~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The central database refused this station's login ({detail}). Check the central URL and password in the settings, or ask IT.</source>
            <translation>[Ţĥé çéñţŕåļ đåţåƀåšé ŕéƒûšéđ ţĥîš šţåţîöñ'š ļöĝîñ ({detail}). Çĥéçķ ţĥé çéñţŕåļ ÛŔĻ åñđ þåššŵöŕđ îñ ţĥé šéţţîñĝš, öŕ åšķ ÎŢ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The central database named in the URL does not exist ({detail}). Check the central URL, or ask IT to run `station central init`.</source>
            <translation>[Ţĥé çéñţŕåļ đåţåƀåšé ñåɱéđ îñ ţĥé ÛŔĻ đöéš ñöţ éẋîšţ ({detail}). Çĥéçķ ţĥé çéñţŕåļ ÛŔĻ, öŕ åšķ ÎŢ ţö ŕûñ `šţåţîöñ çéñţŕåļ îñîţ`. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The central database is not set up for this station version ({detail}). Ask IT to run `station central init` with this version.</source>
            <translation>[Ţĥé çéñţŕåļ đåţåƀåšé îš ñöţ šéţ ûþ ƒöŕ ţĥîš šţåţîöñ ṽéŕšîöñ ({detail}). Åšķ ÎŢ ţö ŕûñ `šţåţîöñ çéñţŕåļ îñîţ` ŵîţĥ ţĥîš ṽéŕšîöñ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The central database cannot be reached ({detail}). The station keeps working and tries again by itself.</source>
            <translation>[Ţĥé çéñţŕåļ đåţåƀåšé çåññöţ ƀé ŕéåçĥéđ ({detail}). Ţĥé šţåţîöñ ķééþš ŵöŕķîñĝ åñđ ţŕîéš åĝåîñ ƀý îţšéļƒ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The central database URL is not valid ({problem}). Fix it in the settings (central_url) or with --central.</source>
            <translation>[Ţĥé çéñţŕåļ đåţåƀåšé ÛŔĻ îš ñöţ ṽåļîđ ({problem}). Ƒîẋ îţ îñ ţĥé šéţţîñĝš (çéñţŕåļ_ûŕļ) öŕ ŵîţĥ --çéñţŕåļ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Photo {sha} came from the central database damaged. Try again later; tell IT if it stays.</source>
            <translation>[Þĥöţö {sha} çåɱé ƒŕöɱ ţĥé çéñţŕåļ đåţåƀåšé đåɱåĝéđ. Ţŕý åĝåîñ ļåţéŕ; ţéļļ ÎŢ îƒ îţ šţåýš. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The central database has data this station does not know ({table}). Update the station; until then it does not receive newer changes.</source>
            <translation>[Ţĥé çéñţŕåļ đåţåƀåšé ĥåš đåţå ţĥîš šţåţîöñ đöéš ñöţ ķñöŵ ({table}). Ûþđåţé ţĥé šţåţîöñ; ûñţîļ ţĥéñ îţ đöéš ñöţ ŕéçéîṽé ñéŵéŕ çĥåñĝéš. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The central database has fields this station does not know ({table}: {fields}). Update the station; until then it does not receive newer changes.</source>
            <translation>[Ţĥé çéñţŕåļ đåţåƀåšé ĥåš ƒîéļđš ţĥîš šţåţîöñ đöéš ñöţ ķñöŵ ({table}: {fields}). Ûþđåţé ţĥé šţåţîöñ; ûñţîļ ţĥéñ îţ đöéš ñöţ ŕéçéîṽé ñéŵéŕ çĥåñĝéš. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The central database does not accept {table} from this station yet. Ask IT to run `station central init` again with this station version.</source>
            <translation>[Ţĥé çéñţŕåļ đåţåƀåšé đöéš ñöţ åççéþţ {table} ƒŕöɱ ţĥîš šţåţîöñ ýéţ. Åšķ ÎŢ ţö ŕûñ `šţåţîöñ çéñţŕåļ îñîţ` åĝåîñ ŵîţĥ ţĥîš šţåţîöñ ṽéŕšîöñ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The central database is not set up for stations yet. Ask IT to run `station central init` on it.</source>
            <translation>[Ţĥé çéñţŕåļ đåţåƀåšé îš ñöţ šéţ ûþ ƒöŕ šţåţîöñš ýéţ. Åšķ ÎŢ ţö ŕûñ `šţåţîöñ çéñţŕåļ îñîţ` öñ îţ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Unknown language '{language}': use one of {choices}.</source>
            <translation>[Ûñķñöŵñ ļåñĝûåĝé '{language}': ûšé öñé öƒ {choices}. ~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The {language} translation file {path} cannot be read ({problem}). Reinstall the station.</source>
            <translation>[Ţĥé {language} ţŕåñšļåţîöñ ƒîļé {path} çåññöţ ƀé ŕéåđ ({problem}). Ŕéîñšţåļļ ţĥé šţåţîöñ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Apparel</source>
            <translation>[Åþþåŕéļ ~~~]</translation>
        </message>
        <message>
            <source>What is in the parcel?</source>
            <translation>[Ŵĥåţ îš îñ ţĥé þåŕçéļ? ~~~~~~~]</translation>
        </message>
        <message>
            <source>A different item (other product or style)</source>
            <translation>[Å đîƒƒéŕéñţ îţéɱ (öţĥéŕ þŕöđûçţ öŕ šţýļé) ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Empty bag or packaging only</source>
            <translation>[Éɱþţý ƀåĝ öŕ þåçķåĝîñĝ öñļý ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Photograph the open parcel and everything in it, with the return label in view.</source>
            <translation>[Þĥöţöĝŕåþĥ ţĥé öþéñ þåŕçéļ åñđ éṽéŕýţĥîñĝ îñ îţ, ŵîţĥ ţĥé ŕéţûŕñ ļåƀéļ îñ ṽîéŵ. ~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Do the size and colour on the label match the RMA?</source>
            <translation>[Đö ţĥé šîžé åñđ çöļöûŕ öñ ţĥé ļåƀéļ ɱåţçĥ ţĥé ŔṀÅ? ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Photograph the size and colour label.</source>
            <translation>[Þĥöţöĝŕåþĥ ţĥé šîžé åñđ çöļöûŕ ļåƀéļ. ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Packaging</source>
            <translation>[Þåçķåĝîñĝ ~~~~]</translation>
        </message>
        <message>
            <source>Still sealed in the original bag</source>
            <translation>[Šţîļļ šéåļéđ îñ ţĥé öŕîĝîñåļ ƀåĝ ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Opened, original bag or box present</source>
            <translation>[Öþéñéđ, öŕîĝîñåļ ƀåĝ öŕ ƀöẋ þŕéšéñţ ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>No original bag or box</source>
            <translation>[Ñö öŕîĝîñåļ ƀåĝ öŕ ƀöẋ ~~~~~~~]</translation>
        </message>
        <message>
            <source>Are the original price tags attached?</source>
            <translation>[Åŕé ţĥé öŕîĝîñåļ þŕîçé ţåĝš åţţåçĥéđ? ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Attached</source>
            <translation>[Åţţåçĥéđ ~~~]</translation>
        </message>
        <message>
            <source>Removed, but in the parcel</source>
            <translation>[Ŕéɱöṽéđ, ƀûţ îñ ţĥé þåŕçéļ ~~~~~~~~]</translation>
        </message>
        <message>
            <source>Missing</source>
            <translation>[Ṁîššîñĝ ~~~]</translation>
        </message>
        <message>
            <source>Signs of wear?</source>
            <translation>[Šîĝñš öƒ ŵéåŕ? ~~~~]</translation>
        </message>
        <message>
            <source>Check armpits, collar, cuffs and the inner seams.</source>
            <translation>[Çĥéçķ åŕɱþîţš, çöļļåŕ, çûƒƒš åñđ ţĥé îññéŕ šéåɱš. ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>None - unworn</source>
            <translation>[Ñöñé - ûñŵöŕñ ~~~~]</translation>
        </message>
        <message>
            <source>Tried on only: light creases</source>
            <translation>[Ţŕîéđ öñ öñļý: ļîĝĥţ çŕéåšéš ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Worn: pilling, stretched, faded, deodorant marks</source>
            <translation>[Ŵöŕñ: þîļļîñĝ, šţŕéţçĥéđ, ƒåđéđ, đéöđöŕåñţ ɱåŕķš ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Washed, shrunk or altered (hemmed, cut)</source>
            <translation>[Ŵåšĥéđ, šĥŕûñķ öŕ åļţéŕéđ (ĥéɱɱéđ, çûţ) ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Any stains, make-up, odour (smoke, perfume) or pet hair?</source>
            <translation>[Åñý šţåîñš, ɱåķé-ûþ, öđöûŕ (šɱöķé, þéŕƒûɱé) öŕ þéţ ĥåîŕ? ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Photograph the stains or marks close up.</source>
            <translation>[Þĥöţöĝŕåþĥ ţĥé šţåîñš öŕ ɱåŕķš çļöšé ûþ. ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Any damage (holes, tears, open seams, broken zip or buttons)?</source>
            <translation>[Åñý đåɱåĝé (ĥöļéš, ţéåŕš, öþéñ šéåɱš, ƀŕöķéñ žîþ öŕ ƀûţţöñš)? ~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Photograph each damaged area close up.</source>
            <translation>[Þĥöţöĝŕåþĥ éåçĥ đåɱåĝéđ åŕéå çļöšé ûþ. ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>What damage do you see?</source>
            <translation>[Ŵĥåţ đåɱåĝé đö ýöû šéé? ~~~~~~~]</translation>
        </message>
        <message>
            <source>Pulls or snags in the fabric</source>
            <translation>[Þûļļš öŕ šñåĝš îñ ţĥé ƒåƀŕîç ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Broken zip, button or snap</source>
            <translation>[Ɓŕöķéñ žîþ, ƀûţţöñ öŕ šñåþ ~~~~~~~~]</translation>
        </message>
        <message>
            <source>Open or loose seam</source>
            <translation>[Öþéñ öŕ ļööšé šéåɱ ~~~~~~]</translation>
        </message>
        <message>
            <source>Hole or tear</source>
            <translation>[Ĥöļé öŕ ţéåŕ ~~~~]</translation>
        </message>
        <message>
            <source>Security tag still attached, or a hole from one</source>
            <translation>[Šéçûŕîţý ţåĝ šţîļļ åţţåçĥéđ, öŕ å ĥöļé ƒŕöɱ öñé ~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Anything else the lead or the refurb team should know?</source>
            <translation>[Åñýţĥîñĝ éļšé ţĥé ļéåđ öŕ ţĥé ŕéƒûŕƀ ţéåɱ šĥöûļđ ķñöŵ? ~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Electronics</source>
            <translation>[Éļéçţŕöñîçš ~~~~]</translation>
        </message>
        <message>
            <source>A different item (other model, brand or product)</source>
            <translation>[Å đîƒƒéŕéñţ îţéɱ (öţĥéŕ ɱöđéļ, ƀŕåñđ öŕ þŕöđûçţ) ~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Empty box or packaging only</source>
            <translation>[Éɱþţý ƀöẋ öŕ þåçķåĝîñĝ öñļý ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Does the serial number or IMEI on the item match the RMA?</source>
            <translation>[Đöéš ţĥé šéŕîåļ ñûɱƀéŕ öŕ ÎṀÉÎ öñ ţĥé îţéɱ ɱåţçĥ ţĥé ŔṀÅ? ~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Sealed box - read the label on the box. Phones - Settings &gt; About, or dial *#06#.</source>
            <translation>[Šéåļéđ ƀöẋ - ŕéåđ ţĥé ļåƀéļ öñ ţĥé ƀöẋ. Þĥöñéš - Šéţţîñĝš &gt; Åƀöûţ, öŕ đîåļ *#06#. ~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Yes, it matches</source>
            <translation>[Ýéš, îţ ɱåţçĥéš ~~~~~]</translation>
        </message>
        <message>
            <source>No, it is different</source>
            <translation>[Ñö, îţ îš đîƒƒéŕéñţ ~~~~~~]</translation>
        </message>
        <message>
            <source>Missing, scratched off or unreadable</source>
            <translation>[Ṁîššîñĝ, šçŕåţçĥéđ öƒƒ öŕ ûñŕéåđåƀļé ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Photograph the serial number label or the About screen.</source>
            <translation>[Þĥöţöĝŕåþĥ ţĥé šéŕîåļ ñûɱƀéŕ ļåƀéļ öŕ ţĥé Åƀöûţ šçŕééñ. ~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>What state is the retail box in?</source>
            <translation>[Ŵĥåţ šţåţé îš ţĥé ŕéţåîļ ƀöẋ îñ? ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Factory sealed, unopened</source>
            <translation>[Ƒåçţöŕý šéåļéđ, ûñöþéñéđ ~~~~~~~~]</translation>
        </message>
        <message>
            <source>Opened, box in good shape</source>
            <translation>[Öþéñéđ, ƀöẋ îñ ĝööđ šĥåþé ~~~~~~~~]</translation>
        </message>
        <message>
            <source>Box damaged (crushed, torn, wet)</source>
            <translation>[Ɓöẋ đåɱåĝéđ (çŕûšĥéđ, ţöŕñ, ŵéţ) ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>No retail box</source>
            <translation>[Ñö ŕéţåîļ ƀöẋ ~~~~]</translation>
        </message>
        <message>
            <source>Photograph the damaged box.</source>
            <translation>[Þĥöţöĝŕåþĥ ţĥé đåɱåĝéđ ƀöẋ. ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Are all accessories in the box (charger, cable, earbuds, manual, SIM tool)?</source>
            <translation>[Åŕé åļļ åççéššöŕîéš îñ ţĥé ƀöẋ (çĥåŕĝéŕ, çåƀļé, éåŕƀûđš, ɱåñûåļ, ŠÎṀ ţööļ)? ~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Compare with the "In the box" list on the box or the catalog page.</source>
            <translation>[Çöɱþåŕé ŵîţĥ ţĥé "Îñ ţĥé ƀöẋ" ļîšţ öñ ţĥé ƀöẋ öŕ ţĥé çåţåļöĝ þåĝé. ~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>What is missing?</source>
            <translation>[Ŵĥåţ îš ɱîššîñĝ? ~~~~~]</translation>
        </message>
        <message>
            <source>Charger or power adapter</source>
            <translation>[Çĥåŕĝéŕ öŕ þöŵéŕ åđåþţéŕ ~~~~~~~~]</translation>
        </message>
        <message>
            <source>Cable</source>
            <translation>[Çåƀļé ~~]</translation>
        </message>
        <message>
            <source>Earbuds, headset or remote</source>
            <translation>[Éåŕƀûđš, ĥéåđšéţ öŕ ŕéɱöţé ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Manual or quick-start guide</source>
            <translation>[Ṁåñûåļ öŕ ǫûîçķ-šţåŕţ ĝûîđé ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Other small part</source>
            <translation>[Öţĥéŕ šɱåļļ þåŕţ ~~~~~~]</translation>
        </message>
        <message>
            <source>Signs of use?</source>
            <translation>[Šîĝñš öƒ ûšé? ~~~~]</translation>
        </message>
        <message>
            <source>None - looks new, protective films on</source>
            <translation>[Ñöñé - ļööķš ñéŵ, þŕöţéçţîṽé ƒîļɱš öñ ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Light: fingerprints, faint marks, films removed</source>
            <translation>[Ļîĝĥţ: ƒîñĝéŕþŕîñţš, ƒåîñţ ɱåŕķš, ƒîļɱš ŕéɱöṽéđ ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Clear: scuffs, worn buttons or corners, residue</source>
            <translation>[Çļéåŕ: šçûƒƒš, ŵöŕñ ƀûţţöñš öŕ çöŕñéŕš, ŕéšîđûé ~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Any physical damage (scratches, cracks, dents, liquid, burn marks)?</source>
            <translation>[Åñý þĥýšîçåļ đåɱåĝé (šçŕåţçĥéš, çŕåçķš, đéñţš, ļîǫûîđ, ƀûŕñ ɱåŕķš)? ~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>A swollen battery is a fire risk - do not power the device on; put it in the fire-safe bin and call a lead.</source>
            <translation>[Å šŵöļļéñ ƀåţţéŕý îš å ƒîŕé ŕîšķ - đö ñöţ þöŵéŕ ţĥé đéṽîçé öñ; þûţ îţ îñ ţĥé ƒîŕé-šåƒé ƀîñ åñđ çåļļ å ļéåđ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Scratches on the screen</source>
            <translation>[Šçŕåţçĥéš öñ ţĥé šçŕééñ ~~~~~~~~]</translation>
        </message>
        <message>
            <source>Cracked screen or glass</source>
            <translation>[Çŕåçķéđ šçŕééñ öŕ ĝļåšš ~~~~~~~~]</translation>
        </message>
        <message>
            <source>Dents or scratches on the body</source>
            <translation>[Đéñţš öŕ šçŕåţçĥéš öñ ţĥé ƀöđý ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Broken or missing part (button, port, hinge)</source>
            <translation>[Ɓŕöķéñ öŕ ɱîššîñĝ þåŕţ (ƀûţţöñ, þöŕţ, ĥîñĝé) ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Liquid damage (stains, corrosion)</source>
            <translation>[Ļîǫûîđ đåɱåĝé (šţåîñš, çöŕŕöšîöñ) ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Swollen battery, burn marks or a smell of burning</source>
            <translation>[Šŵöļļéñ ƀåţţéŕý, ƀûŕñ ɱåŕķš öŕ å šɱéļļ öƒ ƀûŕñîñĝ ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Function test</source>
            <translation>[Ƒûñçţîöñ ţéšţ ~~~~~]</translation>
        </message>
        <message>
            <source>Charge for 10 minutes if flat. Test screen, touch, buttons, sound, camera, Wi-Fi and Bluetooth.</source>
            <translation>[Çĥåŕĝé ƒöŕ 10 ɱîñûţéš îƒ ƒļåţ. Ţéšţ šçŕééñ, ţöûçĥ, ƀûţţöñš, šöûñđ, çåɱéŕå, Ŵî-Ƒî åñđ Ɓļûéţööţĥ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Powers on and everything works</source>
            <translation>[Þöŵéŕš öñ åñđ éṽéŕýţĥîñĝ ŵöŕķš ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Powers on, but something fails (a button, speaker, camera, Wi-Fi ...)</source>
            <translation>[Þöŵéŕš öñ, ƀûţ šöɱéţĥîñĝ ƒåîļš (å ƀûţţöñ, šþéåķéŕ, çåɱéŕå, Ŵî-Ƒî ...) ~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Does not power on or charge</source>
            <translation>[Đöéš ñöţ þöŵéŕ öñ öŕ çĥåŕĝé ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Is the device free of the customer's account (no Find My / Google lock, no passcode)?</source>
            <translation>[Îš ţĥé đéṽîçé ƒŕéé öƒ ţĥé çûšţöɱéŕ'š åççöûñţ (ñö Ƒîñđ Ṁý / Ĝööĝļé ļöçķ, ñö þåššçöđé)? ~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Devices without accounts (headphones, speakers) - answer yes.</source>
            <translation>[Đéṽîçéš ŵîţĥöûţ åççöûñţš (ĥéåđþĥöñéš, šþéåķéŕš) - åñšŵéŕ ýéš. ~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Photograph the lock screen.</source>
            <translation>[Þĥöţöĝŕåþĥ ţĥé ļöçķ šçŕééñ. ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Battery health, if the device shows it</source>
            <translation>[Ɓåţţéŕý ĥéåļţĥ, îƒ ţĥé đéṽîçé šĥöŵš îţ ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Phones and tablets - Settings &gt; Battery. Leave empty if the device does not show it.</source>
            <translation>[Þĥöñéš åñđ ţåƀļéţš - Šéţţîñĝš &gt; Ɓåţţéŕý. Ļéåṽé éɱþţý îƒ ţĥé đéṽîçé đöéš ñöţ šĥöŵ îţ. ~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Footwear</source>
            <translation>[Ƒööţŵéåŕ ~~~]</translation>
        </message>
        <message>
            <source>A different item (other model or product)</source>
            <translation>[Å đîƒƒéŕéñţ îţéɱ (öţĥéŕ ɱöđéļ öŕ þŕöđûçţ) ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Do size, model and colour on the label inside the shoe match the RMA?</source>
            <translation>[Đö šîžé, ɱöđéļ åñđ çöļöûŕ öñ ţĥé ļåƀéļ îñšîđé ţĥé šĥöé ɱåţçĥ ţĥé ŔṀÅ? ~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Photograph the size label inside the shoe.</source>
            <translation>[Þĥöţöĝŕåþĥ ţĥé šîžé ļåƀéļ îñšîđé ţĥé šĥöé. ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>New in box = a matching pair of the right size, never worn, still wrapped with its stuffing and extras.</source>
            <translation>[Ñéŵ îñ ƀöẋ = å ɱåţçĥîñĝ þåîŕ öƒ ţĥé ŕîĝĥţ šîžé, ñéṽéŕ ŵöŕñ, šţîļļ ŵŕåþþéđ ŵîţĥ îţš šţûƒƒîñĝ åñđ éẋţŕåš. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>New in box: unworn pair, still wrapped as shipped</source>
            <translation>[Ñéŵ îñ ƀöẋ: ûñŵöŕñ þåîŕ, šţîļļ ŵŕåþþéđ åš šĥîþþéđ ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Original box in good shape, opened</source>
            <translation>[Öŕîĝîñåļ ƀöẋ îñ ĝööđ šĥåþé, öþéñéđ ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Is it a complete, matching pair?</source>
            <translation>[Îš îţ å çöɱþļéţé, ɱåţçĥîñĝ þåîŕ? ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Yes, both shoes, same size and model</source>
            <translation>[Ýéš, ƀöţĥ šĥöéš, šåɱé šîžé åñđ ɱöđéļ ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>One shoe only</source>
            <translation>[Öñé šĥöé öñļý ~~~~]</translation>
        </message>
        <message>
            <source>Two shoes that do not match (size, model or colour)</source>
            <translation>[Ţŵö šĥöéš ţĥåţ đö ñöţ ɱåţçĥ (šîžé, ɱöđéļ öŕ çöļöûŕ) ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Photograph the shoes side by side with their size labels.</source>
            <translation>[Þĥöţöĝŕåþĥ ţĥé šĥöéš šîđé ƀý šîđé ŵîţĥ ţĥéîŕ šîžé ļåƀéļš. ~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Shoe box</source>
            <translation>[Šĥöé ƀöẋ ~~~]</translation>
        </message>
        <message>
            <source>ok_answer only applies to yes_no questions; in a {kind} question, list the answer that means nothing is wrong first</source>
            <translation>[öķ_åñšŵéŕ öñļý åþþļîéš ţö ýéš_ñö ǫûéšţîöñš; îñ å {kind} ǫûéšţîöñ, ļîšţ ţĥé åñšŵéŕ ţĥåţ ɱéåñš ñöţĥîñĝ îš ŵŕöñĝ ƒîŕšţ ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{prompt} — {choice}</source>
            <translation>[{prompt} — {choice} ~~~~~]</translation>
        </message>
        <message>
            <source>Question {number} needs an answer: choose or type one, then Enter.</source>
            <translation>[Ǫûéšţîöñ {number} ñééđš åñ åñšŵéŕ: çĥööšé öŕ ţýþé öñé, ţĥéñ Éñţéŕ. ~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Softness {value} (at most {limit}): {verdict}</source>
            <translation>[Šöƒţñéšš {value} (åţ ɱöšţ {limit}): {verdict} ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>tote</source>
            <translation>[ţöţé ~~]</translation>
        </message>
        <message>
            <source>cart</source>
            <translation>[çåŕţ ~~]</translation>
        </message>
        <message>
            <source>pallet</source>
            <translation>[þåļļéţ ~~]</translation>
        </message>
        <message>
            <source>gaylord</source>
            <translation>[ĝåýļöŕđ ~~~]</translation>
        </message>
        <message>
            <source>cage</source>
            <translation>[çåĝé ~~]</translation>
        </message>
        <message>
            <source>Put in {zone} — {kind} {code}</source>
            <translation>[Þûţ îñ {zone} — {kind} {code} ~~~~~~~]</translation>
        </message>
        <message>
            <source>Put it in {kind} {code} ({zone}).</source>
            <translation>[Þûţ îţ îñ {kind} {code} ({zone}). ~~~~~~~~]</translation>
        </message>
        <message>
            <source>Placed in {kind} {code}.</source>
            <translation>[Þļåçéđ îñ {kind} {code}. ~~~~~~]</translation>
        </message>
        <message>
            <source>This station closed {code} at {mine}, but it was already closed by {station} at {time}: that close counts. Print the label and manifest again from here.</source>
            <translation>[Ţĥîš šţåţîöñ çļöšéđ {code} åţ {mine}, ƀûţ îţ ŵåš åļŕéåđý çļöšéđ ƀý {station} åţ {time}: ţĥåţ çļöšé çöûñţš. Þŕîñţ ţĥé ļåƀéļ åñđ ɱåñîƒéšţ åĝåîñ ƒŕöɱ ĥéŕé. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Move from {old} to {zone} — {kind} {code}</source>
            <translation>[Ṁöṽé ƒŕöɱ {old} ţö {zone} — {kind} {code} ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Inspection {id} is not at this station. Complete the inspection first, or sync and try again.</source>
            <translation>[Îñšþéçţîöñ {id} îš ñöţ åţ ţĥîš šţåţîöñ. Çöɱþļéţé ţĥé îñšþéçţîöñ ƒîŕšţ, öŕ šýñç åñđ ţŕý åĝåîñ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>That is an item's own label ({reference}), not a container.</source>
            <translation>[Ţĥåţ îš åñ îţéɱ'š öŵñ ļåƀéļ ({reference}), ñöţ å çöñţåîñéŕ. ~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>That is a location barcode ({code}), not a container.</source>
            <translation>[Ţĥåţ îš å ļöçåţîöñ ƀåŕçöđé ({code}), ñöţ å çöñţåîñéŕ. ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{code} is not a container this station knows, nor in any container series.</source>
            <translation>[{code} îš ñöţ å çöñţåîñéŕ ţĥîš šţåţîöñ ķñöŵš, ñöŕ îñ åñý çöñţåîñéŕ šéŕîéš. ~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Placed in {kind} {code}; it is now full and closed: print its label.</source>
            <translation>[Þļåçéđ îñ {kind} {code}; îţ îš ñöŵ ƒûļļ åñđ çļöšéđ: þŕîñţ îţš ļåƀéļ. ~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Container {code} is not known at this station. Check the barcode, or sync and try again.</source>
            <translation>[Çöñţåîñéŕ {code} îš ñöţ ķñöŵñ åţ ţĥîš šţåţîöñ. Çĥéçķ ţĥé ƀåŕçöđé, öŕ šýñç åñđ ţŕý åĝåîñ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>There is no container kind {kind} here; use one of {kinds}.</source>
            <translation>[Ţĥéŕé îš ñö çöñţåîñéŕ ķîñđ {kind} ĥéŕé; ûšé öñé öƒ {kinds}. ~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>There is no zone {zone} in the put-away rules.</source>
            <translation>[Ţĥéŕé îš ñö žöñé {zone} îñ ţĥé þûţ-åŵåý ŕûļéš. ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{text} is not a location barcode (they start with {prefix}). Scan the label on the shelf or the floor.</source>
            <translation>[{text} îš ñöţ å ļöçåţîöñ ƀåŕçöđé (ţĥéý šţåŕţ ŵîţĥ {prefix}). Šçåñ ţĥé ļåƀéļ öñ ţĥé šĥéļƒ öŕ ţĥé ƒļööŕ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Already in {zone} — {kind} {code}</source>
            <translation>[Åļŕéåđý îñ {zone} — {kind} {code} ~~~~~~~~]</translation>
        </message>
        <message>
            <source>Already in {kind} {code}: nothing to do.</source>
            <translation>[Åļŕéåđý îñ {kind} {code}: ñöţĥîñĝ ţö đö. ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{problem} {tell}</source>
            <translation>[{problem} {tell} ~~~~]</translation>
        </message>
        <message>
            <source>{code} is closed (by {station} at {time}). {tell}</source>
            <translation>[{code} îš çļöšéđ (ƀý {station} åţ {time}). {tell} ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{code} is a {kind}; this item goes in a {wanted}. {tell}</source>
            <translation>[{code} îš å {kind}; ţĥîš îţéɱ ĝöéš îñ å {wanted}. {tell} ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{code} is for {zone}; this item goes to {wanted}. {tell}</source>
            <translation>[{code} îš ƒöŕ {zone}; ţĥîš îţéɱ ĝöéš ţö {wanted}. {tell} ~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{code} is full ({n} of {capacity} items). Close it and start the next {kind}. {tell}</source>
            <translation>[{code} îš ƒûļļ ({n} öƒ {capacity} îţéɱš). Çļöšé îţ åñđ šţåŕţ ţĥé ñéẋţ {kind}. {tell} ~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{code} is not a {kind} barcode (they start with {series}). Scan a {kind}'s barcode.</source>
            <translation>[{code} îš ñöţ å {kind} ƀåŕçöđé (ţĥéý šţåŕţ ŵîţĥ {series}). Šçåñ å {kind}'š ƀåŕçöđé. ~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{code} is already open or was used before. Scan another {kind}.</source>
            <translation>[{code} îš åļŕéåđý öþéñ öŕ ŵåš ûšéđ ƀéƒöŕé. Šçåñ åñöţĥéŕ {kind}. ~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{code} was already closed by {station} at {time}. Its label and manifest can be printed again.</source>
            <translation>[{code} ŵåš åļŕéåđý çļöšéđ ƀý {station} åţ {time}. Îţš ļåƀéļ åñđ ɱåñîƒéšţ çåñ ƀé þŕîñţéđ åĝåîñ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>A manifest is written as .pdf or .csv; {name} is neither.</source>
            <translation>[Å ɱåñîƒéšţ îš ŵŕîţţéñ åš .þđƒ öŕ .çšṽ; {name} îš ñéîţĥéŕ. ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>An item label is 'zpl' (2x1 in) or '4x6'; {size} is neither.</source>
            <translation>[Åñ îţéɱ ļåƀéļ îš 'žþļ' (2ẋ1 îñ) öŕ '4ẋ6'; {size} îš ñéîţĥéŕ. ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>This warehouse confirms every placement: scan the container's barcode.</source>
            <translation>[Ţĥîš ŵåŕéĥöûšé çöñƒîŕɱš éṽéŕý þļåçéɱéñţ: šçåñ ţĥé çöñţåîñéŕ'š ƀåŕçöđé. ~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Unexpected return: no RMA.</source>
            <translation>[Ûñéẋþéçţéđ ŕéţûŕñ: ñö ŔṀÅ. ~~~~~~~~]</translation>
        </message>
        <message>
            <source>Wrong item: scanned GTIN {gtin}, but the RMA expects {name} ({expected}).</source>
            <translation>[Ŵŕöñĝ îţéɱ: šçåññéđ ĜŢÎÑ {gtin}, ƀûţ ţĥé ŔṀÅ éẋþéçţš {name} ({expected}). ~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>TOTE</source>
            <translation>[ŢÖŢÉ ~~]</translation>
        </message>
        <message>
            <source>CART</source>
            <translation>[ÇÅŔŢ ~~]</translation>
        </message>
        <message>
            <source>PALLET</source>
            <translation>[ÞÅĻĻÉŢ ~~]</translation>
        </message>
        <message>
            <source>GAYLORD</source>
            <translation>[ĜÅÝĻÖŔĐ ~~~]</translation>
        </message>
        <message>
            <source>CAGE</source>
            <translation>[ÇÅĜÉ ~~]</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>[Îţéɱ ~~]</translation>
        </message>
        <message>
            <source>Grade</source>
            <translation>[Ĝŕåđé ~~]</translation>
        </message>
        <message>
            <source>Disposition</source>
            <translation>[Đîšþöšîţîöñ ~~~~]</translation>
        </message>
        <message>
            <source>Inspection</source>
            <translation>[Îñšþéçţîöñ ~~~~]</translation>
        </message>
        <message>
            <source>empty</source>
            <translation>[éɱþţý ~~]</translation>
        </message>
        <message>
            <source>… {n} more: see the manifest</source>
            <translation>[… {n} ɱöŕé: šéé ţĥé ɱåñîƒéšţ ~~~~~~~~]</translation>
        </message>
        <message>
            <source>a lead's review</source>
            <translation>[å ļéåđ'š ŕéṽîéŵ ~~~~~]</translation>
        </message>
        <message>
            <source>Lead: {reason}</source>
            <translation>[Ļéåđ: {reason} ~~~~]</translation>
        </message>
        <message>
            <source>This station has not synced with the central database yet, so it does not know the records it holds as {station}. Connect it to the network and wait until the header shows it synced, then inspect.</source>
            <translation>[Ţĥîš šţåţîöñ ĥåš ñöţ šýñçéđ ŵîţĥ ţĥé çéñţŕåļ đåţåƀåšé ýéţ, šö îţ đöéš ñöţ ķñöŵ ţĥé ŕéçöŕđš îţ ĥöļđš åš {station}. Çöññéçţ îţ ţö ţĥé ñéţŵöŕķ åñđ ŵåîţ ûñţîļ ţĥé ĥéåđéŕ šĥöŵš îţ šýñçéđ, ţĥéñ îñšþéçţ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>This computer ({host}, install {mine}) no longer records as station {station}: install {other} on {other_host} took the id over (last sync {seen}). Nothing was sent; what this computer recorded since stays here. Stop inspecting at this computer and call IT.</source>
            <translation>[Ţĥîš çöɱþûţéŕ ({host}, îñšţåļļ {mine}) ñö ļöñĝéŕ ŕéçöŕđš åš šţåţîöñ {station}: îñšţåļļ {other} öñ {other_host} ţööķ ţĥé îđ öṽéŕ (ļåšţ šýñç {seen}). Ñöţĥîñĝ ŵåš šéñţ; ŵĥåţ ţĥîš çöɱþûţéŕ ŕéçöŕđéđ šîñçé šţåýš ĥéŕé. Šţöþ îñšþéçţîñĝ åţ ţĥîš çöɱþûţéŕ åñđ çåļļ ÎŢ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>This station is still fetching its earlier records as {station} from the central database; inspect once the header shows it synced.</source>
            <translation>[Ţĥîš šţåţîöñ îš šţîļļ ƒéţçĥîñĝ îţš éåŕļîéŕ ŕéçöŕđš åš {station} ƒŕöɱ ţĥé çéñţŕåļ đåţåƀåšé; îñšþéçţ öñçé ţĥé ĥéåđéŕ šĥöŵš îţ šýñçéđ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The central database holds events #{first}–#{last} of this station's audit chain that this station's store lacks: they were deleted here, or the data folder was restored from an old copy. Nothing was sent. Run `station audit verify --central` and call IT.</source>
            <translation>[Ţĥé çéñţŕåļ đåţåƀåšé ĥöļđš éṽéñţš #{first}–#{last} öƒ ţĥîš šţåţîöñ'š åûđîţ çĥåîñ ţĥåţ ţĥîš šţåţîöñ'š šţöŕé ļåçķš: ţĥéý ŵéŕé đéļéţéđ ĥéŕé, öŕ ţĥé đåţå ƒöļđéŕ ŵåš ŕéšţöŕéđ ƒŕöɱ åñ öļđ çöþý. Ñöţĥîñĝ ŵåš šéñţ. Ŕûñ `šţåţîöñ åûđîţ ṽéŕîƒý --çéñţŕåļ` åñđ çåļļ ÎŢ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The pattern {pattern} in the setting {setting} is not valid ({problem}). Write it without backreferences (\1) or lookaround ((?=…), (?!…)), or ask a lead to fix it in Admin.</source>
            <translation>[Ţĥé þåţţéŕñ {pattern} îñ ţĥé šéţţîñĝ {setting} îš ñöţ ṽåļîđ ({problem}). Ŵŕîţé îţ ŵîţĥöûţ ƀåçķŕéƒéŕéñçéš (\1) öŕ ļööķåŕöûñđ ((?=…), (?!…)), öŕ åšķ å ļéåđ ţö ƒîẋ îţ îñ Åđɱîñ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Refurb re-graded it {grade}/{disposition} after the repair.</source>
            <translation>[Ŕéƒûŕƀ ŕé-ĝŕåđéđ îţ {grade}/{disposition} åƒţéŕ ţĥé ŕéþåîŕ. ~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Inspector</source>
            <translation>[Îñšþéçţöŕ ~~~~]</translation>
        </message>
        <message>
            <source>Shift lead</source>
            <translation>[Šĥîƒţ ļéåđ ~~~~]</translation>
        </message>
        <message>
            <source>Refurb</source>
            <translation>[Ŕéƒûŕƀ ~~]</translation>
        </message>
        <message>
            <source>Admin</source>
            <translation>[Åđɱîñ ~~]</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>[Çļîéñţ ~~]</translation>
        </message>
        <message>
            <source>Put in</source>
            <translation>[Þûţ îñ ~~]</translation>
        </message>
        <message>
            <source>Taken out</source>
            <translation>[Ţåķéñ öûţ ~~~]</translation>
        </message>
        <message>
            <source>Told</source>
            <translation>[Ţöļđ ~~]</translation>
        </message>
        <message>
            <source>Waiting to be sent</source>
            <translation>[Ŵåîţîñĝ ţö ƀé šéñţ ~~~~~~]</translation>
        </message>
        <message>
            <source>The shop refused it</source>
            <translation>[Ţĥé šĥöþ ŕéƒûšéđ îţ ~~~~~~]</translation>
        </message>
        <message>
            <source>The expected item (on the RMA, or the one you chose)</source>
            <translation>[Ţĥé éẋþéçţéđ îţéɱ (öñ ţĥé ŔṀÅ, öŕ ţĥé öñé ýöû çĥöšé) ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The expected shoes (on the RMA, or the ones you chose)</source>
            <translation>[Ţĥé éẋþéçţéđ šĥöéš (öñ ţĥé ŔṀÅ, öŕ ţĥé öñéš ýöû çĥöšé) ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Original box, damaged</source>
            <translation>[Öŕîĝîñåļ ƀöẋ, đåɱåĝéđ ~~~~~~~]</translation>
        </message>
        <message>
            <source>No original box</source>
            <translation>[Ñö öŕîĝîñåļ ƀöẋ ~~~~~]</translation>
        </message>
        <message>
            <source>None - clean soles, no creases</source>
            <translation>[Ñöñé - çļéåñ šöļéš, ñö çŕéåšéš ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Tried on indoors: soles clean, faint marks</source>
            <translation>[Ţŕîéđ öñ îñđööŕš: šöļéš çļéåñ, ƒåîñţ ɱåŕķš ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Worn outside: dirt or wear on the soles, creased uppers</source>
            <translation>[Ŵöŕñ öûţšîđé: đîŕţ öŕ ŵéåŕ öñ ţĥé šöļéš, çŕéåšéđ ûþþéŕš ~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Any damage (scuffs, stains, sole coming loose, torn stitching, broken laces or buckles)?</source>
            <translation>[Åñý đåɱåĝé (šçûƒƒš, šţåîñš, šöļé çöɱîñĝ ļööšé, ţöŕñ šţîţçĥîñĝ, ƀŕöķéñ ļåçéš öŕ ƀûçķļéš)? ~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Scuffs or marks on the uppers</source>
            <translation>[Šçûƒƒš öŕ ɱåŕķš öñ ţĥé ûþþéŕš ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Stains or odour</source>
            <translation>[Šţåîñš öŕ öđöûŕ ~~~~~]</translation>
        </message>
        <message>
            <source>Broken lace, buckle, zip or strap</source>
            <translation>[Ɓŕöķéñ ļåçé, ƀûçķļé, žîþ öŕ šţŕåþ ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Torn stitching or upper</source>
            <translation>[Ţöŕñ šţîţçĥîñĝ öŕ ûþþéŕ ~~~~~~~~]</translation>
        </message>
        <message>
            <source>Sole coming loose or cracked</source>
            <translation>[Šöļé çöɱîñĝ ļööšé öŕ çŕåçķéđ ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Are the extras in the box (spare laces, dust bag, paper stuffing)?</source>
            <translation>[Åŕé ţĥé éẋţŕåš îñ ţĥé ƀöẋ (šþåŕé ļåçéš, đûšţ ƀåĝ, þåþéŕ šţûƒƒîñĝ)? ~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Answer yes if these shoes never came with extras.</source>
            <translation>[Åñšŵéŕ ýéš îƒ ţĥéšé šĥöéš ñéṽéŕ çåɱé ŵîţĥ éẋţŕåš. ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Home &amp; kitchen</source>
            <translation>[Ĥöɱé &amp; ķîţçĥéñ ~~~~]</translation>
        </message>
        <message>
            <source>A different item (other model, colour or product)</source>
            <translation>[Å đîƒƒéŕéñţ îţéɱ (öţĥéŕ ɱöđéļ, çöļöûŕ öŕ þŕöđûçţ) ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Does the model or serial number on the item match the RMA?</source>
            <translation>[Đöéš ţĥé ɱöđéļ öŕ šéŕîåļ ñûɱƀéŕ öñ ţĥé îţéɱ ɱåţçĥ ţĥé ŔṀÅ? ~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Appliances have a rating plate underneath or at the back.</source>
            <translation>[Åþþļîåñçéš ĥåṽé å ŕåţîñĝ þļåţé ûñđéŕñéåţĥ öŕ åţ ţĥé ƀåçķ. ~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>This kind of item has no serial or model plate</source>
            <translation>[Ţĥîš ķîñđ öƒ îţéɱ ĥåš ñö šéŕîåļ öŕ ɱöđéļ þļåţé ~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Photograph the rating plate or model label.</source>
            <translation>[Þĥöţöĝŕåþĥ ţĥé ŕåţîñĝ þļåţé öŕ ɱöđéļ ļåƀéļ. ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Are all parts there (lids, blades, attachments, power cord, manual)?</source>
            <translation>[Åŕé åļļ þåŕţš ţĥéŕé (ļîđš, ƀļåđéš, åţţåçĥɱéñţš, þöŵéŕ çöŕđ, ɱåñûåļ)? ~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Compare with the parts list in the manual or on the catalog page.</source>
            <translation>[Çöɱþåŕé ŵîţĥ ţĥé þåŕţš ļîšţ îñ ţĥé ɱåñûåļ öŕ öñ ţĥé çåţåļöĝ þåĝé. ~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Lid</source>
            <translation>[Ļîđ ~]</translation>
        </message>
        <message>
            <source>Blade, whisk or other attachment</source>
            <translation>[Ɓļåđé, ŵĥîšķ öŕ öţĥéŕ åţţåçĥɱéñţ ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Power cord or base</source>
            <translation>[Þöŵéŕ çöŕđ öŕ ƀåšé ~~~~~~]</translation>
        </message>
        <message>
            <source>Manual</source>
            <translation>[Ṁåñûåļ ~~]</translation>
        </message>
        <message>
            <source>Other part</source>
            <translation>[Öţĥéŕ þåŕţ ~~~~]</translation>
        </message>
        <message>
            <source>None - clean, never used</source>
            <translation>[Ñöñé - çļéåñ, ñéṽéŕ ûšéđ ~~~~~~~]</translation>
        </message>
        <message>
            <source>Used once or twice, clean</source>
            <translation>[Ûšéđ öñçé öŕ ţŵîçé, çļéåñ ~~~~~~~~]</translation>
        </message>
        <message>
            <source>Used: food residue, stains, limescale, soot</source>
            <translation>[Ûšéđ: ƒööđ ŕéšîđûé, šţåîñš, ļîɱéšçåļé, šööţ ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Photograph the residue or stains.</source>
            <translation>[Þĥöţöĝŕåþĥ ţĥé ŕéšîđûé öŕ šţåîñš. ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Any damage (scratches, dents, chips, cracks, broken glass, damaged cord)?</source>
            <translation>[Åñý đåɱåĝé (šçŕåţçĥéš, đéñţš, çĥîþš, çŕåçķš, ƀŕöķéñ ĝļåšš, đåɱåĝéđ çöŕđ)? ~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Do not plug in an appliance with a damaged cord or plug.</source>
            <translation>[Đö ñöţ þļûĝ îñ åñ åþþļîåñçé ŵîţĥ å đåɱåĝéđ çöŕđ öŕ þļûĝ. ~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Scratches or small dents</source>
            <translation>[Šçŕåţçĥéš öŕ šɱåļļ đéñţš ~~~~~~~~]</translation>
        </message>
        <message>
            <source>Chipped or cracked (ceramic, enamel, plastic)</source>
            <translation>[Çĥîþþéđ öŕ çŕåçķéđ (çéŕåɱîç, éñåɱéļ, þļåšţîç) ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Scratched non-stick coating</source>
            <translation>[Šçŕåţçĥéđ ñöñ-šţîçķ çöåţîñĝ ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Broken glass</source>
            <translation>[Ɓŕöķéñ ĝļåšš ~~~~]</translation>
        </message>
        <message>
            <source>Damaged power cord or plug</source>
            <translation>[Đåɱåĝéđ þöŵéŕ çöŕđ öŕ þļûĝ ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Other broken part</source>
            <translation>[Öţĥéŕ ƀŕöķéñ þåŕţ ~~~~~~]</translation>
        </message>
        <message>
            <source>Plug in and run each setting briefly (heats, spins, lights up, timer).</source>
            <translation>[Þļûĝ îñ åñđ ŕûñ éåçĥ šéţţîñĝ ƀŕîéƒļý (ĥéåţš, šþîñš, ļîĝĥţš ûþ, ţîɱéŕ). ~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Works as it should</source>
            <translation>[Ŵöŕķš åš îţ šĥöûļđ ~~~~~~]</translation>
        </message>
        <message>
            <source>Not an electrical item - nothing to test</source>
            <translation>[Ñöţ åñ éļéçţŕîçåļ îţéɱ - ñöţĥîñĝ ţö ţéšţ ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Works, but with a fault (noise, a setting does not work)</source>
            <translation>[Ŵöŕķš, ƀûţ ŵîţĥ å ƒåûļţ (ñöîšé, å šéţţîñĝ đöéš ñöţ ŵöŕķ) ~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Does not work</source>
            <translation>[Đöéš ñöţ ŵöŕķ ~~~~]</translation>
        </message>
        <message>
            <source>Toys &amp; games</source>
            <translation>[Ţöýš &amp; ĝåɱéš ~~~~]</translation>
        </message>
        <message>
            <source>A different item (other set, model or product)</source>
            <translation>[Å đîƒƒéŕéñţ îţéɱ (öţĥéŕ šéţ, ɱöđéļ öŕ þŕöđûçţ) ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Small pieces (bricks, cards, tokens)</source>
            <translation>[Šɱåļļ þîéçéš (ƀŕîçķš, çåŕđš, ţöķéñš) ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Instructions</source>
            <translation>[Îñšţŕûçţîöñš ~~~~~]</translation>
        </message>
        <message>
            <source>Batteries, charger or remote</source>
            <translation>[Ɓåţţéŕîéš, çĥåŕĝéŕ öŕ ŕéɱöţé ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>A main part (figure, vehicle, board, base)</source>
            <translation>[Å ɱåîñ þåŕţ (ƒîĝûŕé, ṽéĥîçļé, ƀöåŕđ, ƀåšé) ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Signs of play?</source>
            <translation>[Šîĝñš öƒ þļåý? ~~~~]</translation>
        </message>
        <message>
            <source>None - pieces still in their bags</source>
            <translation>[Ñöñé - þîéçéš šţîļļ îñ ţĥéîŕ ƀåĝš ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Light: assembled or played with briefly</source>
            <translation>[Ļîĝĥţ: åššéɱƀļéđ öŕ þļåýéđ ŵîţĥ ƀŕîéƒļý ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Heavy: marks, stickers applied, dirt</source>
            <translation>[Ĥéåṽý: ɱåŕķš, šţîçķéŕš åþþļîéđ, đîŕţ ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Any damage (broken parts, sharp edges, loose small parts, battery leak, stains)?</source>
            <translation>[Åñý đåɱåĝé (ƀŕöķéñ þåŕţš, šĥåŕþ éđĝéš, ļööšé šɱåļļ þåŕţš, ƀåţţéŕý ļéåķ, šţåîñš)? ~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>A sharp edge or a loose small part is a safety risk for children - never restock it.</source>
            <translation>[Å šĥåŕþ éđĝé öŕ å ļööšé šɱåļļ þåŕţ îš å šåƒéţý ŕîšķ ƒöŕ çĥîļđŕéñ - ñéṽéŕ ŕéšţöçķ îţ. ~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Scuffs or marks</source>
            <translation>[Šçûƒƒš öŕ ɱåŕķš ~~~~~]</translation>
        </message>
        <message>
            <source>Stains, odour or pet hair</source>
            <translation>[Šţåîñš, öđöûŕ öŕ þéţ ĥåîŕ ~~~~~~~~]</translation>
        </message>
        <message>
            <source>Broken part</source>
            <translation>[Ɓŕöķéñ þåŕţ ~~~~]</translation>
        </message>
        <message>
            <source>Sharp edge, or a small part coming loose (choking hazard)</source>
            <translation>[Šĥåŕþ éđĝé, öŕ å šɱåļļ þåŕţ çöɱîñĝ ļööšé (çĥöķîñĝ ĥåžåŕđ) ~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Battery leak or corrosion</source>
            <translation>[Ɓåţţéŕý ļéåķ öŕ çöŕŕöšîöñ ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Fit fresh test batteries. Check lights, sounds, motors and the remote or app.</source>
            <translation>[Ƒîţ ƒŕéšĥ ţéšţ ƀåţţéŕîéš. Çĥéçķ ļîĝĥţš, šöûñđš, ɱöţöŕš åñđ ţĥé ŕéɱöţé öŕ åþþ. ~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>No batteries or moving parts - nothing to test</source>
            <translation>[Ñö ƀåţţéŕîéš öŕ ɱöṽîñĝ þåŕţš - ñöţĥîñĝ ţö ţéšţ ~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Works partly (a light, sound or motor fails)</source>
            <translation>[Ŵöŕķš þåŕţļý (å ļîĝĥţ, šöûñđ öŕ ɱöţöŕ ƒåîļš) ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>like new, no issues found</source>
            <translation>[ļîķé ñéŵ, ñö îššûéš ƒöûñđ ~~~~~~~~]</translation>
        </message>
        <message>
            <source>empty box or packaging only - nothing to restock</source>
            <translation>[éɱþţý ƀöẋ öŕ þåçķåĝîñĝ öñļý - ñöţĥîñĝ ţö ŕéšţöçķ ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>not the item on the RMA</source>
            <translation>[ñöţ ţĥé îţéɱ öñ ţĥé ŔṀÅ ~~~~~~~]</translation>
        </message>
        <message>
            <source>not the item on the RMA - keep it on the hold shelf until a lead decides</source>
            <translation>[ñöţ ţĥé îţéɱ öñ ţĥé ŔṀÅ - ķééþ îţ öñ ţĥé ĥöļđ šĥéļƒ ûñţîļ å ļéåđ đéçîđéš ~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>serial number or IMEI differs from the RMA</source>
            <translation>[šéŕîåļ ñûɱƀéŕ öŕ ÎṀÉÎ đîƒƒéŕš ƒŕöɱ ţĥé ŔṀÅ ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>serial number missing or unreadable</source>
            <translation>[šéŕîåļ ñûɱƀéŕ ɱîššîñĝ öŕ ûñŕéåđåƀļé ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>retail box damaged</source>
            <translation>[ŕéţåîļ ƀöẋ đåɱåĝéđ ~~~~~~]</translation>
        </message>
        <message>
            <source>no retail box</source>
            <translation>[ñö ŕéţåîļ ƀöẋ ~~~~]</translation>
        </message>
        <message>
            <source>manual missing</source>
            <translation>[ɱåñûåļ ɱîššîñĝ ~~~~~]</translation>
        </message>
        <message>
            <source>accessories missing - needs re-kitting</source>
            <translation>[åççéššöŕîéš ɱîššîñĝ - ñééđš ŕé-ķîţţîñĝ ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>light signs of use</source>
            <translation>[ļîĝĥţ šîĝñš öƒ ûšé ~~~~~~]</translation>
        </message>
        <message>
            <source>clear signs of use - needs cleaning and cosmetic work</source>
            <translation>[çļéåŕ šîĝñš öƒ ûšé - ñééđš çļéåñîñĝ åñđ çöšɱéţîç ŵöŕķ ~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>works, but scratches on the screen</source>
            <translation>[ŵöŕķš, ƀûţ šçŕåţçĥéš öñ ţĥé šçŕééñ ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>works, but dents or scratches on the body</source>
            <translation>[ŵöŕķš, ƀûţ đéñţš öŕ šçŕåţçĥéš öñ ţĥé ƀöđý ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>battery health below 80 % - battery to replace</source>
            <translation>[ƀåţţéŕý ĥéåļţĥ ƀéļöŵ 80 % - ƀåţţéŕý ţö ŕéþļåçé ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>powers on, but a function fails</source>
            <translation>[þöŵéŕš öñ, ƀûţ å ƒûñçţîöñ ƒåîļš ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>does not power on or charge</source>
            <translation>[đöéš ñöţ þöŵéŕ öñ öŕ çĥåŕĝé ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>cracked screen or glass</source>
            <translation>[çŕåçķéđ šçŕééñ öŕ ĝļåšš ~~~~~~~~]</translation>
        </message>
        <message>
            <source>broken or missing part</source>
            <translation>[ƀŕöķéñ öŕ ɱîššîñĝ þåŕţ ~~~~~~~~]</translation>
        </message>
        <message>
            <source>still locked to the customer's account - cannot be sold until unlocked</source>
            <translation>[šţîļļ ļöçķéđ ţö ţĥé çûšţöɱéŕ'š åççöûñţ - çåññöţ ƀé šöļđ ûñţîļ ûñļöçķéđ ~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>broken and does not power on - not worth repairing</source>
            <translation>[ƀŕöķéñ åñđ đöéš ñöţ þöŵéŕ öñ - ñöţ ŵöŕţĥ ŕéþåîŕîñĝ ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>liquid damage</source>
            <translation>[ļîǫûîđ đåɱåĝé ~~~~~]</translation>
        </message>
        <message>
            <source>swollen battery or burn marks - fire risk, to the battery bin</source>
            <translation>[šŵöļļéñ ƀåţţéŕý öŕ ƀûŕñ ɱåŕķš - ƒîŕé ŕîšķ, ţö ţĥé ƀåţţéŕý ƀîñ ~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>size or colour differs from the RMA</source>
            <translation>[šîžé öŕ çöļöûŕ đîƒƒéŕš ƒŕöɱ ţĥé ŔṀÅ ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>no original bag or box</source>
            <translation>[ñö öŕîĝîñåļ ƀåĝ öŕ ƀöẋ ~~~~~~~]</translation>
        </message>
        <message>
            <source>tags removed, but in the parcel - re-attach</source>
            <translation>[ţåĝš ŕéɱöṽéđ, ƀûţ îñ ţĥé þåŕçéļ - ŕé-åţţåçĥ ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>price tags missing - needs re-tagging</source>
            <translation>[þŕîçé ţåĝš ɱîššîñĝ - ñééđš ŕé-ţåĝĝîñĝ ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>tried on only - press and re-fold</source>
            <translation>[ţŕîéđ öñ öñļý - þŕéšš åñđ ŕé-ƒöļđ ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>worn - needs cleaning, sell as second quality</source>
            <translation>[ŵöŕñ - ñééđš çļéåñîñĝ, šéļļ åš šéçöñđ ǫûåļîţý ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>washed or altered - cannot be sold as new</source>
            <translation>[ŵåšĥéđ öŕ åļţéŕéđ - çåññöţ ƀé šöļđ åš ñéŵ ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>stains, make-up, odour or pet hair - needs cleaning</source>
            <translation>[šţåîñš, ɱåķé-ûþ, öđöûŕ öŕ þéţ ĥåîŕ - ñééđš çļéåñîñĝ ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>pulls or snags in the fabric</source>
            <translation>[þûļļš öŕ šñåĝš îñ ţĥé ƒåƀŕîç ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>security tag attached or its hole visible</source>
            <translation>[šéçûŕîţý ţåĝ åţţåçĥéđ öŕ îţš ĥöļé ṽîšîƀļé ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>broken fastener or open seam - repair first</source>
            <translation>[ƀŕöķéñ ƒåšţéñéŕ öŕ öþéñ šéåɱ - ŕéþåîŕ ƒîŕšţ ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>hole or tear in the fabric</source>
            <translation>[ĥöļé öŕ ţéåŕ îñ ţĥé ƒåƀŕîç ~~~~~~~~]</translation>
        </message>
        <message>
            <source>size, model or colour differs from the RMA</source>
            <translation>[šîžé, ɱöđéļ öŕ çöļöûŕ đîƒƒéŕš ƒŕöɱ ţĥé ŔṀÅ ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>only one shoe returned</source>
            <translation>[öñļý öñé šĥöé ŕéţûŕñéđ ~~~~~~~~]</translation>
        </message>
        <message>
            <source>the two shoes do not match</source>
            <translation>[ţĥé ţŵö šĥöéš đö ñöţ ɱåţçĥ ~~~~~~~~]</translation>
        </message>
        <message>
            <source>the two shoes do not match - keep them on the hold shelf until a lead decides</source>
            <translation>[ţĥé ţŵö šĥöéš đö ñöţ ɱåţçĥ - ķééþ ţĥéɱ öñ ţĥé ĥöļđ šĥéļƒ ûñţîļ å ļéåđ đéçîđéš ~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>shoe box damaged</source>
            <translation>[šĥöé ƀöẋ đåɱåĝéđ ~~~~~~]</translation>
        </message>
        <message>
            <source>no original shoe box</source>
            <translation>[ñö öŕîĝîñåļ šĥöé ƀöẋ ~~~~~~~]</translation>
        </message>
        <message>
            <source>extras missing (spare laces, dust bag)</source>
            <translation>[éẋţŕåš ɱîššîñĝ (šþåŕé ļåçéš, đûšţ ƀåĝ) ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>tried on indoors</source>
            <translation>[ţŕîéđ öñ îñđööŕš ~~~~~~]</translation>
        </message>
        <message>
            <source>worn outside - needs cleaning</source>
            <translation>[ŵöŕñ öûţšîđé - ñééđš çļéåñîñĝ ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>scuffs, stains or odour - needs cleaning</source>
            <translation>[šçûƒƒš, šţåîñš öŕ öđöûŕ - ñééđš çļéåñîñĝ ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>broken fastener or torn stitching - repair first</source>
            <translation>[ƀŕöķéñ ƒåšţéñéŕ öŕ ţöŕñ šţîţçĥîñĝ - ŕéþåîŕ ƒîŕšţ ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>sole coming loose or cracked</source>
            <translation>[šöļé çöɱîñĝ ļööšé öŕ çŕåçķéđ ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>model or serial number differs from the RMA</source>
            <translation>[ɱöđéļ öŕ šéŕîåļ ñûɱƀéŕ đîƒƒéŕš ƒŕöɱ ţĥé ŔṀÅ ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>parts missing - needs re-kitting</source>
            <translation>[þåŕţš ɱîššîñĝ - ñééđš ŕé-ķîţţîñĝ ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>used once or twice</source>
            <translation>[ûšéđ öñçé öŕ ţŵîçé ~~~~~~]</translation>
        </message>
        <message>
            <source>used - needs cleaning before resale</source>
            <translation>[ûšéđ - ñééđš çļéåñîñĝ ƀéƒöŕé ŕéšåļé ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>works, but scratches or small dents</source>
            <translation>[ŵöŕķš, ƀûţ šçŕåţçĥéš öŕ šɱåļļ đéñţš ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>works, but with a fault</source>
            <translation>[ŵöŕķš, ƀûţ ŵîţĥ å ƒåûļţ ~~~~~~~]</translation>
        </message>
        <message>
            <source>does not work</source>
            <translation>[đöéš ñöţ ŵöŕķ ~~~~]</translation>
        </message>
        <message>
            <source>broken part</source>
            <translation>[ƀŕöķéñ þåŕţ ~~~~]</translation>
        </message>
        <message>
            <source>chipped, cracked or coating damaged - not food-safe</source>
            <translation>[çĥîþþéđ, çŕåçķéđ öŕ çöåţîñĝ đåɱåĝéđ - ñöţ ƒööđ-šåƒé ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>broken glass</source>
            <translation>[ƀŕöķéñ ĝļåšš ~~~~]</translation>
        </message>
        <message>
            <source>damaged power cord or plug - electrical hazard</source>
            <translation>[đåɱåĝéđ þöŵéŕ çöŕđ öŕ þļûĝ - éļéçţŕîçåļ ĥåžåŕđ ~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>instructions missing</source>
            <translation>[îñšţŕûçţîöñš ɱîššîñĝ ~~~~~~~~]</translation>
        </message>
        <message>
            <source>pieces missing - needs re-kitting</source>
            <translation>[þîéçéš ɱîššîñĝ - ñééđš ŕé-ķîţţîñĝ ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>a main part is missing</source>
            <translation>[å ɱåîñ þåŕţ îš ɱîššîñĝ ~~~~~~~]</translation>
        </message>
        <message>
            <source>light signs of play</source>
            <translation>[ļîĝĥţ šîĝñš öƒ þļåý ~~~~~~]</translation>
        </message>
        <message>
            <source>heavy signs of play - needs cleaning</source>
            <translation>[ĥéåṽý šîĝñš öƒ þļåý - ñééđš çļéåñîñĝ ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>works, but scuffs or marks</source>
            <translation>[ŵöŕķš, ƀûţ šçûƒƒš öŕ ɱåŕķš ~~~~~~~~]</translation>
        </message>
        <message>
            <source>stains, odour or pet hair - needs cleaning</source>
            <translation>[šţåîñš, öđöûŕ öŕ þéţ ĥåîŕ - ñééđš çļéåñîñĝ ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>works only partly</source>
            <translation>[ŵöŕķš öñļý þåŕţļý ~~~~~~]</translation>
        </message>
        <message>
            <source>sharp edge or loose small part - choking hazard</source>
            <translation>[šĥåŕþ éđĝé öŕ ļööšé šɱåļļ þåŕţ - çĥöķîñĝ ĥåžåŕđ ~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>battery leak or corrosion</source>
            <translation>[ƀåţţéŕý ļéåķ öŕ çöŕŕöšîöñ ~~~~~~~~~]</translation>
        </message>
    </context>
</TS>