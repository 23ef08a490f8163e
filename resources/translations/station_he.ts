<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="he" sourcelanguage="en">
<context>
    <name>AdminPage</name>
    <message>
        <source>Camera calibration</source>
        <translation>‏כיול מצלמה</translation>
    </message>
    <message>
        <source>Take a sharp and a blurred photo of one item: the station suggests the blur limit.</source>
        <translation>‏צלמו תמונה חדה ותמונה מטושטשת של אותו פריט: העמדה תציע את סף הטשטוש.</translation>
    </message>
    <message>
        <source>Camera (C)</source>
        <translation>‏מצלמה (C)</translation>
    </message>
    <message>
        <source>No camera picture: take the photos from files</source>
        <translation>‏אין תמונה מהמצלמה: קחו את התמונות מקבצים</translation>
    </message>
    <message>
        <source>1. The sharp photo</source>
        <translation>‏1. התמונה החדה</translation>
    </message>
    <message>
        <source>The item still, in focus, well lit.</source>
        <translation>‏הפריט יציב, בפוקוס ומואר היטב.</translation>
    </message>
    <message>
        <source>Take the sharp photo (S)</source>
        <translation>‏צילום התמונה החדה (S)</translation>
    </message>
    <message>
        <source>From a file… (Shift+S)</source>
        <translation>‏מקובץ… (Shift+S)</translation>
    </message>
    <message>
        <source>2. The blurred photo</source>
        <translation>‏2. התמונה המטושטשת</translation>
    </message>
    <message>
        <source>The same item, the camera moving as it takes it.</source>
        <translation>‏אותו פריט, כשהמצלמה זזה בזמן הצילום.</translation>
    </message>
    <message>
        <source>Take the blurred photo (B)</source>
        <translation>‏צילום התמונה המטושטשת (B)</translation>
    </message>
    <message>
        <source>From a file… (Shift+B)</source>
        <translation>‏מקובץ… (Shift+B)</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>‏עמדה</translation>
    </message>
    <message>
        <source>Camera setting</source>
        <translation>‏הגדרת מצלמה</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>‏תיקיית נתונים</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>‏סנכרון</translation>
    </message>
    <message>
        <source>S: sharp photo · B: blurred photo (move the camera) · Shift+S / Shift+B: from a file · C: camera · Enter: save</source>
        <translation>‏S: תמונה חדה · B: תמונה מטושטשת (הזיזו את המצלמה) · Shift+S / Shift+B: מקובץ · C: מצלמה · Enter: שמירה</translation>
    </message>
    <message>
        <source>Photo files</source>
        <translation>‏קובצי תמונה</translation>
    </message>
    <message>
        <source>{camera} (this station&apos;s camera)</source>
        <translation>‏⁨{camera}⁩ (המצלמה של העמדה הזו)</translation>
    </message>
    <message>
        <source>Save for photo files (Enter)</source>
        <translation>‏שמירה לקובצי תמונה (Enter)</translation>
    </message>
    <message>
        <source>Photo files are judged by these limits: take both test photos from files.</source>
        <translation>‏קובצי תמונה נבדקים לפי הספים האלה: קחו את שתי תמונות הבדיקה מקבצים.</translation>
    </message>
    <message>
        <source>Save for camera {camera} (Enter)</source>
        <translation>‏שמירה למצלמה ⁨{camera}⁩ (Enter)</translation>
    </message>
    <message>
        <source>This station does not use this camera now: take both test photos from files made with it.</source>
        <translation>‏העמדה לא משתמשת במצלמה הזו כרגע: קחו את שתי תמונות הבדיקה מקבצים שצולמו בה.</translation>
    </message>
    <message>
        <source>Photos for {camera} come from files: press Shift+S or Shift+B.</source>
        <translation>‏התמונות עבור ⁨{camera}⁩ נלקחות מקבצים: הקישו Shift+S או Shift+B.</translation>
    </message>
    <message>
        <source>No camera picture. Take the photo from a file instead (Shift+S or Shift+B).</source>
        <translation>‏אין תמונה מהמצלמה. קחו את התמונה מקובץ (Shift+S או Shift+B).</translation>
    </message>
    <message>
        <source>The sharp photo</source>
        <translation>‏התמונה החדה</translation>
    </message>
    <message>
        <source>The blurred photo</source>
        <translation>‏התמונה המטושטשת</translation>
    </message>
    <message>
        <source>Now the blurred photo (B): move the camera while it takes it.</source>
        <translation>‏עכשיו התמונה המטושטשת (B): הזיזו את המצלמה בזמן הצילום.</translation>
    </message>
    <message>
        <source>Now the sharp photo (S): hold the item still.</source>
        <translation>‏עכשיו התמונה החדה (S): החזיקו את הפריט יציב.</translation>
    </message>
    <message>
        <source>Comparing the two photos…</source>
        <translation>‏משווים את שתי התמונות…</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>‏שום דבר לא נשמר.</translation>
    </message>
    <message>
        <source>Suggested blur limit {limit} (now {current}): photos sharper than {limit} pass.</source>
        <translation>‏סף טשטוש מוצע ⁨{limit}⁩ (כעת ⁨{current}⁩): תמונות חדות מ־⁨{limit}⁩ עוברות.</translation>
    </message>
    <message>
        <source>The blurred test photo scored {blurred}, the sharp one {sharp}.</source>
        <translation>‏תמונת הבדיקה המטושטשת קיבלה ⁨{blurred}⁩, והחדה ⁨{sharp}⁩.</translation>
    </message>
    <message>
        <source>Take both photos first: the sharp one (S), then the blurred one (B).</source>
        <translation>‏צלמו קודם את שתי התמונות: את החדה (S), ואז את המטושטשת (B).</translation>
    </message>
    <message>
        <source>Saved for photo files: from now on they pass when sharper than {limit}.</source>
        <translation>‏נשמר לקובצי תמונה: מעכשיו הם עוברים כשהם חדים מ־⁨{limit}⁩.</translation>
    </message>
    <message>
        <source>Saved for camera {camera}: from now on its photos pass when sharper than {limit}.</source>
        <translation>‏נשמר למצלמה ⁨{camera}⁩: מעכשיו התמונות שלה עוברות כשהן חדות מ־⁨{limit}⁩.</translation>
    </message>
</context>
<context>
    <name>AsideTray</name>
    <message>
        <source>Put aside</source>
        <translation>‏בצד</translation>
    </message>
    <message>
        <source>Put aside ({n})</source>
        <translation>‏בצד (⁨{n}⁩)</translation>
    </message>
    <message>
        <source>open inspection</source>
        <translation>‏בדיקה פתוחה</translation>
    </message>
    <message>
        <source>waiting to be placed</source>
        <translation>‏ממתין להנחה</translation>
    </message>
    <message>
        <source>1–9 pick · Enter: resume · Esc: close</source>
        <translation>‏1–9 בחירה · Enter: המשך · Esc: סגירה</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Table</source>
        <translation>‏טבלה</translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation>‏CSV…</translation>
    </message>
    <message>
        <source>Nothing in this period.</source>
        <translation>‏אין נתונים בתקופה הזו.</translation>
    </message>
</context>
<context>
    <name>ChecklistView</name>
    <message>
        <source>Back (Backspace)</source>
        <translation>‏חזרה (Backspace)</translation>
    </message>
    <message>
        <source>{title} · question {n} of {total}</source>
        <translation>‏⁨{title}⁩ · שאלה ⁨{n}⁩ מתוך ⁨{total}⁩</translation>
    </message>
    <message>
        <source>{title} · question {n} of up to {total}</source>
        <translation>‏⁨{title}⁩ · שאלה ⁨{n}⁩ מתוך ⁨{total}⁩ אפשריות</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>‏כן</translation>
    </message>
    <message>
        <source>No</source>
        <translation>‏לא</translation>
    </message>
    <message>
        <source>Digits go into the note only once you are in the field: press Tab or click it, then type.</source>
        <translation>‏ספרות נכנסות להערה רק כשהשדה פעיל: הקישו Tab או לחצו עליו, ואז הקלידו.</translation>
    </message>
    <message>
        <source>Done (Enter)</source>
        <translation>‏סיום (Enter)</translation>
    </message>
    <message>
        <source>Type, then Enter</source>
        <translation>‏הקלידו ואז Enter</translation>
    </message>
    <message>
        <source>Next (Enter)</source>
        <translation>‏הבא (Enter)</translation>
    </message>
</context>
<context>
    <name>ContainerLabelPrinting</name>
    <message>
        <source>Print the container label</source>
        <translation>‏הדפסת תווית המכולה</translation>
    </message>
    <message>
        <source>The label was not printed. It is saved as {file}: print it from there.</source>
        <translation>‏התווית לא הודפסה. היא שמורה בקובץ ⁨{file}⁩: אפשר להדפיס אותה משם.</translation>
    </message>
    <message>
        <source>The printer did not take the container label. Check that it is on and has labels, then print the saved label again.</source>
        <translation>‏המדפסת לא קיבלה את תווית המכולה. בדקו שהיא דולקת ויש בה תוויות, ואז הדפיסו שוב את התווית השמורה.</translation>
    </message>
</context>
<context>
    <name>ContainersPage</name>
    <message>
        <source>Containers</source>
        <translation>‏מכולות</translation>
    </message>
    <message>
        <source>Scan a container, an item&apos;s label or a location, or type it</source>
        <translation>‏סרקו מכולה, תווית של פריט או מיקום, או הקלידו</translation>
    </message>
    <message>
        <source>Open containers at this station</source>
        <translation>‏מכולות פתוחות בעמדה זו</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>‏מכולה</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>‏סוג</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>‏פריטים</translation>
    </message>
    <message>
        <source>Fill</source>
        <translation>‏מילוי</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>‏אזור</translation>
    </message>
    <message>
        <source>Scan a container to see what is in it</source>
        <translation>‏סרקו מכולה כדי לראות מה יש בה</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>‏מק&quot;ט</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>‏פריט</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>‏דירוג</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>‏ייעוד</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>‏מספר סידורי</translation>
    </message>
    <message>
        <source>Move tasks: scan the item, then the new container</source>
        <translation>‏משימות העברה: סרקו את הפריט ואז את המכולה החדשה</translation>
    </message>
    <message>
        <source>In</source>
        <translation>‏נמצא ב</translation>
    </message>
    <message>
        <source>Goes to</source>
        <translation>‏עובר אל</translation>
    </message>
    <message>
        <source>Close, label and manifest (F10)</source>
        <translation>‏סגירה, תווית ורשימת תכולה (F10)</translation>
    </message>
    <message>
        <source>Refresh (F11)</source>
        <translation>‏רענון (F11)</translation>
    </message>
    <message>
        <source>Scan a container: its contents · then a location: move it there · Scan an item&apos;s label, then a container: put it in · F10: close and print · Esc: forget the item</source>
        <translation>‏סריקת מכולה: התכולה שלה · ואז מיקום: העברתה לשם · סריקת תווית פריט ואז מכולה: הכנסתו · F10: סגירה והדפסה · Esc: ביטול הפריט</translation>
    </message>
    <message>
        <source>That is a location. Scan the container first, then the location it goes to.</source>
        <translation>‏זה מיקום. סרקו קודם את המכולה, ואז את המיקום שאליו היא הולכת.</translation>
    </message>
    <message>
        <source>{code} is not a container, an item&apos;s label or a location here. Check the barcode.</source>
        <translation>‏⁨{code}⁩ אינו מכולה, תווית פריט או מיקום כאן. בדקו את הברקוד.</translation>
    </message>
    <message>
        <source>Scan that container to put the item in.</source>
        <translation>‏סרקו את המכולה הזו כדי להכניס אליה את הפריט.</translation>
    </message>
    <message>
        <source>{code} is now at {location}.</source>
        <translation>‏⁨{code}⁩ נמצא עכשיו ב-⁨{location}⁩.</translation>
    </message>
    <message>
        <source>Item forgotten: scan the next one.</source>
        <translation>‏הפריט בוטל: סרקו את הבא.</translation>
    </message>
    <message>
        <source>Scan the container to close first.</source>
        <translation>‏סרקו קודם את המכולה שיש לסגור.</translation>
    </message>
    <message>
        <source>Label and manifest saved in {folder}.</source>
        <translation>‏התווית ורשימת התכולה נשמרו ב-⁨{folder}⁩.</translation>
    </message>
    <message>
        <source>The label went to the printer.</source>
        <translation>‏התווית נשלחה למדפסת.</translation>
    </message>
    <message numerus="yes">
        <source>%n open here</source>
        <translation>
            <numerusform>‏%n פתוחה כאן</numerusform>
            <numerusform>‏%n פתוחות כאן</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n move task(s)</source>
        <translation>
            <numerusform>‏%n משימת העברה</numerusform>
            <numerusform>‏%n משימות העברה</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) waiting to be placed</source>
        <translation>
            <numerusform>‏%n פריט ממתין להנחה</numerusform>
            <numerusform>‏%n פריטים ממתינים להנחה</numerusform>
        </translation>
    </message>
    <message>
        <source>open</source>
        <translation>‏פתוחה</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>‏סגורה</translation>
    </message>
    <message>
        <source>{kind} {code} · {zone} · {status} · {n}/{capacity} · {location}</source>
        <translation>‏⁨{kind}⁩ ⁨{code}⁩ · ⁨{zone}⁩ · ⁨{status}⁩ · ⁦⁨{n}⁩/⁨{capacity}⁩⁩ · ⁨{location}⁩</translation>
    </message>
    <message>
        <source>no location</source>
        <translation>‏ללא מיקום</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>inspections</source>
        <translation>‏בדיקות</translation>
    </message>
    <message>
        <source>median minutes, scan to complete</source>
        <translation>‏חציון דקות, מסריקה לסיום</translation>
    </message>
    <message>
        <source>p90 minutes, scan to complete</source>
        <translation>‏אחוזון 90 בדקות, מסריקה לסיום</translation>
    </message>
    <message>
        <source>median hours to lead review</source>
        <translation>‏חציון שעות עד ביקורת אחראי משמרת</translation>
    </message>
    <message>
        <source>refunds and exchanges</source>
        <translation>‏החזרים כספיים והחלפות</translation>
    </message>
    <message>
        <source>store credit</source>
        <translation>‏זיכוי לחנות</translation>
    </message>
    <message>
        <source>flagged for a lead</source>
        <translation>‏סומנו לאחראי משמרת</translation>
    </message>
    <message>
        <source>wrong PINs at sign-in</source>
        <translation>‏קודים שגויים בכניסה</translation>
    </message>
    <message>
        <source>items placed per hour</source>
        <translation>‏פריטים שהונחו בשעה</translation>
    </message>
    <message>
        <source>mis-sorts caught by the confirm scan</source>
        <translation>‏מיונים שגויים שנתפסו בסריקת האישור</translation>
    </message>
    <message>
        <source>open containers</source>
        <translation>‏מכולות פתוחות</translation>
    </message>
    <message>
        <source>move tasks waiting</source>
        <translation>‏משימות העברה ממתינות</translation>
    </message>
    <message>
        <source>inspections a shop refused</source>
        <translation>‏בדיקות שחנות סירבה להן</translation>
    </message>
    <message>
        <source>inspections the shop has not heard of yet</source>
        <translation>‏בדיקות שהחנות עוד לא שמעה עליהן</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>‏7 הימים האחרונים</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>‏30 הימים האחרונים</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>‏90 הימים האחרונים</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>‏12 החודשים האחרונים</translation>
    </message>
    <message>
        <source>All stations</source>
        <translation>‏כל העמדות</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>‏כל הקטגוריות</translation>
    </message>
    <message>
        <source>This station&apos;s store</source>
        <translation>‏המאגר של העמדה הזו</translation>
    </message>
    <message>
        <source>Central database</source>
        <translation>‏מסד הנתונים המרכזי</translation>
    </message>
    <message>
        <source>Refresh (Ctrl+R)</source>
        <translation>‏רענון (Ctrl+R)</translation>
    </message>
    <message>
        <source>Ctrl+R: refresh · Table: the figures behind a chart · CSV…: save them for a spreadsheet</source>
        <translation>‏Ctrl+R: רענון · טבלה: הנתונים שמאחורי התרשים · CSV…: שמירה לגיליון אלקטרוני</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>‏מרענן…</translation>
    </message>
    <message numerus="yes">
        <source>%n inspection(s) the shop was told of</source>
        <translation>
            <numerusform>‏%n בדיקה שהחנות עודכנה עליה</numerusform>
            <numerusform>‏%n בדיקות שהחנות עודכנה עליהן</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name}: {rate:.1f} per hour (%n item(s))</source>
        <translation>
            <numerusform>‏⁨{name}⁩: ⁨{rate:.1f}⁩ בשעה (%n פריט)</numerusform>
            <numerusform>‏⁨{name}⁩: ⁨{rate:.1f}⁩ בשעה (%n פריטים)</numerusform>
        </translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>‏החזר כספי</translation>
    </message>
    <message>
        <source>Store credit</source>
        <translation>‏זיכוי לחנות</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>‏החלפה</translation>
    </message>
    <message>
        <source>No refund</source>
        <translation>‏ללא החזר</translation>
    </message>
    <message>
        <source>Outside window</source>
        <translation>‏מחוץ לחלון הזמן</translation>
    </message>
    <message>
        <source>Repeat returner</source>
        <translation>‏מחזיר סדרתי</translation>
    </message>
    <message>
        <source>Used, sold as unopened</source>
        <translation>‏משומש, הוחזר כלא נפתח</translation>
    </message>
    <message>
        <source>Serial differs</source>
        <translation>‏מספר סידורי שונה</translation>
    </message>
    <message>
        <source>Wrong item</source>
        <translation>‏פריט שגוי</translation>
    </message>
    <message>
        <source>Empty box</source>
        <translation>‏קופסה ריקה</translation>
    </message>
    <message>
        <source>Unexpected</source>
        <translation>‏לא צפוי</translation>
    </message>
    <message>
        <source>Outcome changed</source>
        <translation>‏התוצאה שונתה</translation>
    </message>
    <message>
        <source>Item missing</source>
        <translation>‏הפריט חסר</translation>
    </message>
    <message>
        <source>Unsafe</source>
        <translation>‏לא בטוח</translation>
    </message>
    <message>
        <source>Account locked</source>
        <translation>‏נעול לחשבון</translation>
    </message>
    <message>
        <source>{since} – {until} · updated {time}</source>
        <translation>‏⁨{since}⁩ – ⁨{until}⁩ · עודכן ב־⁨{time}⁩</translation>
    </message>
    <message>
        <source>Save the table as CSV</source>
        <translation>‏שמירת הטבלה כ־CSV</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>‏CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>‏נשמר: ⁨{path}⁩</translation>
    </message>
</context>
<context>
    <name>DecidePanel</name>
    <message>
        <source>Why? Required to regrade; optional note when approving</source>
        <translation>‏למה? חובה כשמשנים ציון; הערה רשות כשמאשרים</translation>
    </message>
    <message>
        <source>New outcome</source>
        <translation>‏תוצאה חדשה</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>‏סיבה</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>‏אישור</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>‏Ctrl+Enter</translation>
    </message>
    <message>
        <source>Regrade</source>
        <translation>‏שינוי ציון</translation>
    </message>
    <message>
        <source>Evidence packet (PDF)</source>
        <translation>‏תיק ראיות (PDF)</translation>
    </message>
    <message>
        <source>Choose an inspection from the queue.</source>
        <translation>‏בחרו בדיקה מהתור.</translation>
    </message>
    <message>
        <source>Now: grade {grade} · {disposition}</source>
        <translation>‏כעת: ציון ⁨{grade}⁩ · ⁨{disposition}⁩</translation>
    </message>
</context>
<context>
    <name>EvidenceViewer</name>
    <message>
        <source>Zoom {zoom} %</source>
        <translation>‏זום ⁦{zoom}%⁩</translation>
    </message>
    <message>
        <source>Catalog image</source>
        <translation>‏תמונת קטלוג</translation>
    </message>
    <message>
        <source>Photo checks</source>
        <translation>‏בדיקות התמונה</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>‏מס׳</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>‏שאלה</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>‏תשובה</translation>
    </message>
    <message>
        <source>When</source>
        <translation>‏מתי</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>‏מי</translation>
    </message>
    <message>
        <source>What</source>
        <translation>‏מה</translation>
    </message>
    <message>
        <source>Station #</source>
        <translation>‏עמדה #</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>‏גיבוב</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>‏תשובות</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>‏סיבות</translation>
    </message>
    <message>
        <source>Who did what</source>
        <translation>‏מי עשה מה</translation>
    </message>
    <message>
        <source>Label and item</source>
        <translation>‏תווית ופריט</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>‏ביקורת</translation>
    </message>
    <message>
        <source>No inspection open</source>
        <translation>‏אין בדיקה פתוחה</translation>
    </message>
    <message>
        <source>{product} · {rma} · {inspector} at {station} · {when}</source>
        <translation>‏⁨{product}⁩ · ⁨{rma}⁩ · ⁨{inspector}⁩ בעמדה ⁨{station}⁩ · ⁨{when}⁩</translation>
    </message>
    <message>
        <source>no RMA</source>
        <translation>‏ללא RMA</translation>
    </message>
    <message>
        <source>This inspection has no photos.</source>
        <translation>‏לבדיקה הזו אין תמונות.</translation>
    </message>
    <message>
        <source>Why it is here:</source>
        <translation>‏למה זה כאן:</translation>
    </message>
    <message>
        <source>Why the rules graded it {grade} · {disposition}:</source>
        <translation>‏למה הכללים נתנו ⁨{grade}⁩ · ⁨{disposition}⁩:</translation>
    </message>
    <message>
        <source>Inspector set {grade} · {disposition}: {reason}</source>
        <translation>‏הבודק/ת קבע/ה ⁨{grade}⁩ · ⁨{disposition}⁩: ⁨{reason}⁩</translation>
    </message>
    <message>
        <source>Label as scanned: {text} ({kind})</source>
        <translation>‏התווית כפי שנסרקה: ⁨{text}⁩ (⁨{kind}⁩)</translation>
    </message>
    <message>
        <source>RMA {rma}, line {line} · order {order}</source>
        <translation>‏RMA ⁨{rma}⁩, שורה ⁨{line}⁩ · הזמנה ⁨{order}⁩</translation>
    </message>
    <message>
        <source>Customer: {customer} · reason: {reason} · bought {date}</source>
        <translation>‏לקוח: ⁨{customer}⁩ · סיבה: ⁨{reason}⁩ · נקנה ב־⁨{date}⁩</translation>
    </message>
    <message>
        <source>SKU {sku} · serial {serial} (expected {expected})</source>
        <translation>‏מק״ט ⁨{sku}⁩ · מספר סידורי ⁨{serial}⁩ (צפוי ⁨{expected}⁩)</translation>
    </message>
    <message>
        <source>Checklist {category} v{version} · rules {rules}</source>
        <translation>‏רשימת בדיקה ⁨{category}⁩ גרסה ⁨{version}⁩ · כללים ⁨{rules}⁩</translation>
    </message>
    <message>
        <source>✓ Shop told: {where}</source>
        <translation>‏✓ החנות עודכנה: ⁨{where}⁩</translation>
    </message>
    <message>
        <source>✗ Shop refused: {reason}</source>
        <translation>‏✗ החנות סירבה: ⁨{reason}⁩</translation>
    </message>
    <message>
        <source>… Shop not told yet, waiting: {where}</source>
        <translation>‏… החנות עוד לא עודכנה, ממתין: ⁨{where}⁩</translation>
    </message>
    <message>
        <source>As of {when}</source>
        <translation>‏נכון ל־⁨{when}⁩</translation>
    </message>
    <message>
        <source>Photo {n} of {total} · {when} · SHA-256 {sha}…{prompt}</source>
        <translation>‏תמונה ⁨{n}⁩ מתוך ⁨{total}⁩ · ⁨{when}⁩ · SHA-256 ⁨{sha}⁩…⁨{prompt}⁩</translation>
    </message>
    <message>
        <source>No checks were stored with this photo.</source>
        <translation>‏לא נשמרו בדיקות עם התמונה הזו.</translation>
    </message>
    <message>
        <source>Open inspection {id}, same picture</source>
        <translation>‏פתיחת בדיקה ⁨{id}⁩, אותה תמונה</translation>
    </message>
</context>
<context>
    <name>FigureBuilder</name>
    <message>
        <source>(no reason given)</source>
        <translation>‏(לא נמסרה סיבה)</translation>
    </message>
    <message>
        <source>Returns by week</source>
        <translation>‏החזרות לפי שבוע</translation>
    </message>
    <message>
        <source>Week from</source>
        <translation>‏שבוע מ־</translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation>‏בדיקות</translation>
    </message>
    <message>
        <source>Return reasons</source>
        <translation>‏סיבות החזרה</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>‏סיבה</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>‏החזרות</translation>
    </message>
    <message>
        <source>Grade mix</source>
        <translation>‏התפלגות ציונים</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>‏ציון</translation>
    </message>
    <message>
        <source>Disposition mix</source>
        <translation>‏התפלגות יעדים</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>‏יעד</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>‏מק״ט</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>‏מוצר</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>‏קטגוריה</translation>
    </message>
    <message>
        <source>Units sold</source>
        <translation>‏יחידות שנמכרו</translation>
    </message>
    <message>
        <source>Return rate</source>
        <translation>‏שיעור החזרות</translation>
    </message>
    <message>
        <source>Most returned</source>
        <translation>‏הכי מוחזרים</translation>
    </message>
    <message>
        <source>Return rate, %</source>
        <translation>‏שיעור החזרות, %</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>‏בודק/ת</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>‏פריטים</translation>
    </message>
    <message>
        <source>Hours worked</source>
        <translation>‏שעות עבודה</translation>
    </message>
    <message>
        <source>Items per hour</source>
        <translation>‏פריטים לשעה</translation>
    </message>
    <message>
        <source>Settlement</source>
        <translation>‏הסדר</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>‏סכום</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>‏עמלות</translation>
    </message>
    <message>
        <source>Money back</source>
        <translation>‏כסף שהוחזר</translation>
    </message>
    <message>
        <source>Flags by kind</source>
        <translation>‏סימונים לפי סוג</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>‏סימון</translation>
    </message>
    <message>
        <source>Processing (scan to complete)</source>
        <translation>‏טיפול (מסריקה לסיום)</translation>
    </message>
    <message>
        <source>Lead review turnaround</source>
        <translation>‏זמן ביקורת של אחראי משמרת</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>‏חציון</translation>
    </message>
    <message>
        <source>p90</source>
        <translation>‏p90</translation>
    </message>
    <message>
        <source>Minutes per item</source>
        <translation>‏דקות לפריט</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>‏מדד</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>‏מספר</translation>
    </message>
    <message>
        <source>Median (min)</source>
        <translation>‏חציון (דק׳)</translation>
    </message>
    <message>
        <source>p90 (min)</source>
        <translation>‏p90 (דק׳)</translation>
    </message>
</context>
<context>
    <name>GradeView</name>
    <message>
        <source>Why</source>
        <translation>‏למה</translation>
    </message>
    <message>
        <source>Back (Backspace)</source>
        <translation>‏חזרה (Backspace)</translation>
    </message>
    <message>
        <source>Change outcome… (O)</source>
        <translation>‏שינוי התוצאה… (O)</translation>
    </message>
    <message>
        <source>Complete (Enter)</source>
        <translation>‏סיום בדיקה (Enter)</translation>
    </message>
    <message>
        <source>Recommended: {rule}</source>
        <translation>‏המלצה: ⁨{rule}⁩</translation>
    </message>
    <message>
        <source>Cancel the change (Esc)</source>
        <translation>‏ביטול השינוי (Esc)</translation>
    </message>
</context>
<context>
    <name>IdentifyView</name>
    <message>
        <source>No catalog image</source>
        <translation>‏אין תמונת קטלוג</translation>
    </message>
    <message>
        <source>RMA</source>
        <translation>‏RMA</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>‏הזמנה</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>‏לקוח</translation>
    </message>
    <message>
        <source>Reason given</source>
        <translation>‏סיבה שנמסרה</translation>
    </message>
    <message>
        <source>Purchased</source>
        <translation>‏נרכש</translation>
    </message>
    <message>
        <source> · key {key}</source>
        <translation>‏ · מקש ⁨{key}⁩</translation>
    </message>
    <message>
        <source>Open inspection: line {line}, {name}</source>
        <translation>‏פתיחת הבדיקה: שורה ⁨{line}⁩, ⁨{name}⁩</translation>
    </message>
    <message>
        <source> (Enter)</source>
        <translation>‏ (Enter)</translation>
    </message>
    <message>
        <source>Inspect line {line}: {name} [{sku}]{serial}</source>
        <translation>‏בדיקת שורה ⁨{line}⁩: ⁨{name}⁩ [⁨{sku}⁩]⁨{serial}⁩</translation>
    </message>
    <message>
        <source>Scan another label (Esc)</source>
        <translation>‏סריקת תווית אחרת (Esc)</translation>
    </message>
</context>
<context>
    <name>InspectPage</name>
    <message>
        <source>Your open inspection was restored where you left it.</source>
        <translation>‏הבדיקה הפתוחה שלך שוחזרה מהמקום שבו עצרת.</translation>
    </message>
    <message>
        <source>This item was graded but not yet put away.</source>
        <translation>‏הפריט הזה קיבל ציון אך עדיין לא הונח במקומו.</translation>
    </message>
    <message>
        <source>Inspection put aside. Scan its label again to go on with it.</source>
        <translation>‏הבדיקה הועברה הצידה. סרקו שוב את התווית שלה כדי להמשיך.</translation>
    </message>
    <message>
        <source>Aside ({n}) · F10: list</source>
        <translation>‏בצד (⁨{n}⁩) · F10: רשימה</translation>
    </message>
    <message>
        <source>Scan the container&apos;s barcode · a return label: put this item aside</source>
        <translation>‏סרקו את הברקוד של המכולה · תווית החזרה: הניחו את הפריט בצד</translation>
    </message>
    <message>
        <source>Enter or 1–9: open that inspection · Esc: scan another label</source>
        <translation>‏Enter או 1–9: פתיחת הבדיקה ההיא · Esc: סריקת תווית אחרת</translation>
    </message>
    <message>
        <source>1–9: inspect that line · Enter: the line left · Esc: scan another label</source>
        <translation>‏1–9: בדיקת השורה ההיא · Enter: השורה שנותרה · Esc: סריקת תווית אחרת</translation>
    </message>
    <message>
        <source>Item barcode matches {name}.</source>
        <translation>‏הברקוד של הפריט תואם ל־⁨{name}⁩.</translation>
    </message>
    <message>
        <source>This is not {name}, the product chosen for this return. It is flagged for a lead; go on with the checklist.</source>
        <translation>‏זה לא ⁨{name}⁩, המוצר שנבחר להחזרה הזו. הוא סומן לבדיקת אחראי משמרת; המשיכו ברשימת הבדיקה.</translation>
    </message>
    <message>
        <source>This is not the item on the RMA. It is flagged for a lead; go on with the checklist.</source>
        <translation>‏זה לא הפריט שב־RMA. הוא סומן לבדיקת אחראי משמרת; המשיכו ברשימת הבדיקה.</translation>
    </message>
    <message>
        <source>This is the label of the item you are inspecting. Go on with it.</source>
        <translation>‏זו התווית של הפריט שאתם בודקים. המשיכו איתו.</translation>
    </message>
    <message>
        <source>An inspection is open. Complete it, or press F8 to put it aside, then scan the next label.</source>
        <translation>‏יש בדיקה פתוחה. סיימו אותה, או לחצו F8 כדי להעביר אותה הצידה, ואז סרקו את התווית הבאה.</translation>
    </message>
    <message>
        <source>Still on this item. Scan the other label when this one is done.</source>
        <translation>‏ממשיכים עם הפריט הזה. סרקו את התווית האחרת כשתסיימו.</translation>
    </message>
    <message>
        <source>{code} read</source>
        <translation>‏⁨{code}⁩ נקרא</translation>
    </message>
    <message>
        <source>Photo of the label</source>
        <translation>‏תמונה של התווית</translation>
    </message>
    <message>
        <source>No barcode found in {name}. Type the RMA number, or call a lead.</source>
        <translation>‏לא נמצא ברקוד ב־⁨{name}⁩. הקלידו את מספר ה־RMA, או קראו לאחראי משמרת.</translation>
    </message>
    <message numerus="yes">
        <source>This RMA has %n line(s) left: {lines}</source>
        <translation>
            <numerusform>‏ב-RMA הזה נותרה %n שורה: ⁨{lines}⁩</numerusform>
            <numerusform>‏ב-RMA הזה נותרו %n שורות: ⁨{lines}⁩</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>‏קורא את ⁨{name}⁩…</translation>
    </message>
    <message>
        <source>{sku} is not in the catalog. Put the item aside and call a lead.</source>
        <translation>‏⁨{sku}⁩ לא נמצא בקטלוג. הניחו את הפריט בצד וקראו לאחראי משמרת.</translation>
    </message>
    <message>
        <source>No camera picture. Use a photo file (F) instead.</source>
        <translation>‏אין תמונה מהמצלמה. השתמשו בקובץ תמונה (F).</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>‏תמונה</translation>
    </message>
    <message>
        <source>Saving photo…</source>
        <translation>‏שומר את התמונה…</translation>
    </message>
    <message>
        <source>Done: grade {grade}, {disposition}. {reason}</source>
        <translation>‏הסתיים: ציון ⁨{grade}⁩, ⁨{disposition}⁩. ⁨{reason}⁩</translation>
    </message>
    <message>
        <source>Ready: scan the next label.</source>
        <translation>‏מוכן: סרקו את התווית הבאה.</translation>
    </message>
    <message>
        <source>line {n}: {name}</source>
        <translation>‏שורה ⁨{n}⁩: ⁨{name}⁩</translation>
    </message>
    <message>
        <source>Printed to {files}</source>
        <translation>‏הודפס אל ⁨{files}⁩</translation>
    </message>
    <message>
        <source>Label printed.</source>
        <translation>‏התווית הודפסה.</translation>
    </message>
    <message>
        <source>The container label went to the printer.</source>
        <translation>‏תווית המכל נשלחה למדפסת.</translation>
    </message>
    <message>
        <source>the item waiting to be placed</source>
        <translation>‏הפריט שממתין להנחה</translation>
    </message>
    <message>
        <source>The item waits to be placed; it comes back at the next sign-in.</source>
        <translation>‏הפריט ממתין להנחה; הוא יחזור בכניסה הבאה.</translation>
    </message>
    <message>
        <source>Still on this item: scan its container first.</source>
        <translation>‏עדיין בפריט הזה: סרקו קודם את המכולה שלו.</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>‏בדיקה</translation>
    </message>
</context>
<context>
    <name>ItemLabelPrinting</name>
    <message>
        <source>Label printer for item labels</source>
        <translation>‏מדפסת תוויות לפריטים</translation>
    </message>
    <message>
        <source>No thermal printer is set for item labels. Type its address (host:9100), its device (/dev/usb/lp0) or its print queue; it is kept for the next labels.</source>
        <translation>‏לא הוגדרה מדפסת תרמית לתוויות פריטים. הקלידו את הכתובת שלה (host:9100), את ההתקן שלה (/dev/usb/lp0) או את תור ההדפסה שלה; היא תישמר לתוויות הבאות.</translation>
    </message>
    <message>
        <source>Print the item&apos;s label</source>
        <translation>‏הדפסת תווית הפריט</translation>
    </message>
    <message>
        <source>The printer did not take the item&apos;s label. Check that it is on and has labels.</source>
        <translation>‏המדפסת לא קיבלה את תווית הפריט. בדקו שהיא דולקת ויש בה תוויות.</translation>
    </message>
    <message>
        <source>The item&apos;s label was not printed; it is saved as {file}.</source>
        <translation>‏תווית הפריט לא הודפסה; היא שמורה בקובץ ⁨{file}⁩.</translation>
    </message>
</context>
<context>
    <name>ItemPanel</name>
    <message>
        <source>Reason: {reason}</source>
        <translation>‏סיבה: ⁨{reason}⁩</translation>
    </message>
    <message>
        <source>Bought {date}</source>
        <translation>‏נקנה ב־⁨{date}⁩</translation>
    </message>
    <message>
        <source>Serial on RMA: {serial}</source>
        <translation>‏מספר סידורי ב־RMA: ⁨{serial}⁩</translation>
    </message>
    <message>
        <source>Unexpected return (no RMA)</source>
        <translation>‏החזרה לא צפויה (ללא RMA)</translation>
    </message>
</context>
<context>
    <name>LimitsView</name>
    <message>
        <source>Blur limit: sharpness at least</source>
        <translation>‏סף טשטוש: חדות לפחות</translation>
    </message>
    <message>
        <source>Contrast at least</source>
        <translation>‏ניגודיות לפחות</translation>
    </message>
    <message>
        <source>Too dark: brightest parts below</source>
        <translation>‏כהה מדי: החלקים הבהירים מתחת</translation>
    </message>
    <message>
        <source>Too bright: darkest parts above</source>
        <translation>‏בהיר מדי: החלקים הכהים מעל</translation>
    </message>
    <message>
        <source>Glare at most</source>
        <translation>‏בוהק לכל היותר</translation>
    </message>
    <message>
        <source>Item covers at least</source>
        <translation>‏הפריט ממלא לפחות</translation>
    </message>
    <message>
        <source>Suggested blur limit</source>
        <translation>‏סף טשטוש מוצע</translation>
    </message>
    <message>
        <source>Calibrated for this camera.</source>
        <translation>‏מכויל למצלמה הזו.</translation>
    </message>
    <message>
        <source>Not calibrated yet: the shipped defaults.</source>
        <translation>‏עדיין לא מכויל: ערכי ברירת המחדל.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Returns inspection</source>
        <translation>‏בדיקת החזרות</translation>
    </message>
    <message>
        <source>Returns inspection — {station}</source>
        <translation>‏בדיקת החזרות — ⁨{station}⁩</translation>
    </message>
    <message>
        <source>Sign out (F12)</source>
        <translation>‏יציאה (F12)</translation>
    </message>
    <message>
        <source>Language (F9)</source>
        <translation>‏שפה (F9)</translation>
    </message>
    <message>
        <source>Type the label or use a photo file.</source>
        <translation>‏הקלידו את התווית או השתמשו בקובץ תמונה.</translation>
    </message>
    <message numerus="yes">
        <source>This shift: %n item(s)</source>
        <translation>
            <numerusform>‏במשמרת הזו: %n פריט</numerusform>
            <numerusform>‏במשמרת הזו: %n פריטים</numerusform>
        </translation>
    </message>
    <message>
        <source>median {time} per item</source>
        <translation>‏חציון ⁨{time}⁩ לפריט</translation>
    </message>
    <message>
        <source>Stand-alone · {n} to send</source>
        <translation>‏עצמאי · ⁨{n}⁩ לשליחה</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>‏מסונכרן</translation>
    </message>
    <message>
        <source>Offline since {time} · {n} waiting</source>
        <translation>‏לא מחובר מאז ⁨{time}⁩ · ⁨{n}⁩ ממתינים</translation>
    </message>
    <message>
        <source>Sync error: {what}</source>
        <translation>‏שגיאת סנכרון: ⁨{what}⁩</translation>
    </message>
    <message>
        <source>{n} waiting</source>
        <translation>‏⁨{n}⁩ ממתינים</translation>
    </message>
    <message>
        <source>Grade {grade}.</source>
        <translation>‏ציון ⁨{grade}⁩.</translation>
    </message>
    <message>
        <source>Move tasks open: {n}</source>
        <translation>‏משימות העברה פתוחות: ⁨{n}⁩</translation>
    </message>
    <message>
        <source>F9: language</source>
        <translation>‏F9: שפה</translation>
    </message>
    <message>
        <source>Scan your badge · or pick your name, then PIN and Enter</source>
        <translation>‏סרקו את התג · או בחרו את שמכם, ואז קוד ו־Enter</translation>
    </message>
    <message>
        <source>Scan a label · type it and Enter · drop a label photo · Esc: back</source>
        <translation>‏סרקו תווית · או הקלידו ו־Enter · או גררו תמונה של תווית · Esc: חזרה</translation>
    </message>
    <message>
        <source>1–9 choose · Enter: next · Backspace: back · F8: put aside</source>
        <translation>‏⁦1–9⁩ בחירה · Enter: הבא · Backspace: חזרה · F8: הצידה</translation>
    </message>
    <message>
        <source>Space: take photo · F: photo file · ←/→: pick a photo · Delete: remove it · Enter: to the grade · Backspace: back · F8: put aside</source>
        <translation>‏Space: צילום · F: קובץ תמונה · ←/→: בחירת תמונה · Delete: הסרה · Enter: לציון · Backspace: חזרה · F8: הצידה</translation>
    </message>
    <message>
        <source>Enter: complete · O: change outcome · Backspace: back · F8: put aside</source>
        <translation>‏Enter: סיום · O: שינוי התוצאה · Backspace: חזרה · F8: הצידה</translation>
    </message>
</context>
<context>
    <name>OutcomeChoice</name>
    <message>
        <source>Customer&apos;s reason confirmed</source>
        <translation>‏סיבת הלקוח אומתה</translation>
    </message>
    <message>
        <source>Wrong item in the box</source>
        <translation>‏פריט שגוי בקופסה</translation>
    </message>
    <message>
        <source>Damage the checklist missed</source>
        <translation>‏נזק שרשימת הבדיקה פספסה</translation>
    </message>
    <message>
        <source>Parts missing</source>
        <translation>‏חסרים חלקים</translation>
    </message>
    <message>
        <source>Better than the answers say</source>
        <translation>‏טוב יותר ממה שהתשובות אומרות</translation>
    </message>
    <message>
        <source>Other (type why)</source>
        <translation>‏אחר (הקלידו למה)</translation>
    </message>
    <message>
        <source>Choose the new grade, disposition and reason.</source>
        <translation>‏בחרו ציון, ייעוד וסיבה חדשים.</translation>
    </message>
    <message>
        <source>Type why, then Enter.</source>
        <translation>‏הקלידו למה, ואז ⁦Enter⁩.</translation>
    </message>
    <message>
        <source>Enter completes with this outcome.</source>
        <translation>‏⁦Enter⁩ מסיים את הבדיקה עם התוצאה הזו.</translation>
    </message>
    <message>
        <source>Choose a reason ({first}–{last}), then Enter.</source>
        <translation>‏בחרו סיבה (⁦⁨{first}⁩–⁨{last}⁩⁩), ואז ⁦Enter⁩.</translation>
    </message>
    <message>
        <source>&quot;Other&quot;: type why in the field, then Enter.</source>
        <translation>‏„אחר”: הקלידו בשדה למה, ואז ⁦Enter⁩.</translation>
    </message>
    <message>
        <source>{reason}: {note}</source>
        <translation>‏⁨{reason}⁩: ⁨{note}⁩</translation>
    </message>
    <message>
        <source>{first}–{last}: grade · {d1}–{d2}: disposition · {r1}–{r2}: reason · Tab: note · Enter: complete · Esc: cancel</source>
        <translation>‏⁦⁨{first}⁩–⁨{last}⁩⁩: ציון · ⁦⁨{d1}⁩–⁨{d2}⁩⁩: ייעוד · ⁦⁨{r1}⁩–⁨{r2}⁩⁩: סיבה · ⁦Tab⁩: הערה · ⁦Enter⁩: סיום · ⁦Esc⁩: ביטול</translation>
    </message>
    <message>
        <source>Type why (required for Other)</source>
        <translation>‏הקלידו למה (חובה עבור „אחר”)</translation>
    </message>
    <message>
        <source>A note for the lead (optional): Tab, then type</source>
        <translation>‏הערה לאחראי המשמרת (רשות): ⁦Tab⁩, ואז הקלדה</translation>
    </message>
</context>
<context>
    <name>OutcomeHeader</name>
    <message>
        <source>{disposition} (pending)</source>
        <translation>‏⁨{disposition}⁩ (טרם נשמר)</translation>
    </message>
</context>
<context>
    <name>OutcomeView</name>
    <message>
        <source>Why</source>
        <translation>‏למה</translation>
    </message>
    <message>
        <source>Restock (R)</source>
        <translation>‏חזרה למלאי (R)</translation>
    </message>
    <message>
        <source>Dispose (D)</source>
        <translation>‏גריטה (D)</translation>
    </message>
    <message>
        <source>Why, when you choose against the checklist (required then)</source>
        <translation>‏למה, כשבוחרים בניגוד לרשימת הבדיקה (חובה במקרה כזה)</translation>
    </message>
    <message>
        <source>Back (Backspace)</source>
        <translation>‏חזרה (Backspace)</translation>
    </message>
    <message>
        <source>Confirm (Enter)</source>
        <translation>‏אישור (Enter)</translation>
    </message>
    <message>
        <source>The checklist still finds work to do ({disposition}). Record more work, or choose restock or dispose and say why.</source>
        <translation>‏רשימת הבדיקה עדיין מוצאת עבודה לעשות (⁨{disposition}⁩). רשמו עבודה נוספת, או בחרו חזרה למלאי או גריטה וכתבו למה.</translation>
    </message>
    <message>
        <source>The checklist says: {disposition}. Confirm, or choose the other and say why.</source>
        <translation>‏רשימת הבדיקה קובעת: ⁨{disposition}⁩. אשרו, או בחרו באפשרות האחרת וכתבו למה.</translation>
    </message>
</context>
<context>
    <name>ParkQuestion</name>
    <message>
        <source>New label scanned</source>
        <translation>‏נסרקה תווית חדשה</translation>
    </message>
    <message>
        <source>You scanned {label} while {name} is open. Put {name} aside and open the new label?</source>
        <translation>‏סרקת את ⁨{label}⁩ בזמן ש־⁨{name}⁩ פתוח. להעביר את ⁨{name}⁩ הצידה ולפתוח את התווית החדשה?</translation>
    </message>
    <message>
        <source>Nothing is lost: scan its label again to go on with it.</source>
        <translation>‏שום דבר לא הולך לאיבוד: סרקו שוב את התווית שלו כדי להמשיך.</translation>
    </message>
    <message>
        <source>Put aside, open the new label (Enter)</source>
        <translation>‏להעביר הצידה ולפתוח את החדשה (Enter)</translation>
    </message>
    <message>
        <source>Stay with this item (Esc)</source>
        <translation>‏להישאר עם הפריט הזה (Esc)</translation>
    </message>
</context>
<context>
    <name>PhotoCard</name>
    <message>
        <source>Not taken yet</source>
        <translation>‏עדיין לא צולמה</translation>
    </message>
    <message>
        <source>Measuring…</source>
        <translation>‏מודדים…</translation>
    </message>
    <message>
        <source>Sharpness {score}</source>
        <translation>‏חדות ⁨{score}⁩</translation>
    </message>
    <message>
        <source>Not measured: take it again.</source>
        <translation>‏לא נמדדה: צלמו שוב.</translation>
    </message>
</context>
<context>
    <name>PhotosView</name>
    <message>
        <source>Photos</source>
        <translation>‏תמונות</translation>
    </message>
    <message>
        <source>Remove photo (Delete)</source>
        <translation>‏הסרת התמונה (Delete)</translation>
    </message>
    <message>
        <source>No camera picture: use a photo file</source>
        <translation>‏אין תמונה מהמצלמה: השתמשו בקובץ תמונה</translation>
    </message>
    <message>
        <source>Take photo (Space)</source>
        <translation>‏צילום (רווח)</translation>
    </message>
    <message>
        <source>Photo file… (F)</source>
        <translation>‏קובץ תמונה… (F)</translation>
    </message>
    <message>
        <source>Back (Backspace)</source>
        <translation>‏חזרה (Backspace)</translation>
    </message>
    <message>
        <source>To the grade (Enter)</source>
        <translation>‏לציון (Enter)</translation>
    </message>
    <message>
        <source>Why keep this photo anyway? (a few words)</source>
        <translation>‏למה בכל זאת לשמור את התמונה? (כמה מילים)</translation>
    </message>
    <message>
        <source>Retake (R)</source>
        <translation>‏צילום חוזר (R)</translation>
    </message>
    <message>
        <source>Keep with this reason</source>
        <translation>‏לשמור עם הסיבה הזו</translation>
    </message>
    <message>
        <source>{photo} (kept)</source>
        <translation>‏⁨{photo}⁩ (נשמרה)</translation>
    </message>
    <message>
        <source>{photo} (retake?)</source>
        <translation>‏⁨{photo}⁩ (לצלם שוב?)</translation>
    </message>
    <message>
        <source>A photo failed its check: retake it (R) or keep it with a reason.</source>
        <translation>‏תמונה לא עברה את הבדיקה: צלמו שוב (R) או שמרו אותה עם סיבה.</translation>
    </message>
    <message>
        <source>A photo is still needed (see above). Take it with Space, or use a photo file (F).</source>
        <translation>‏עוד חסרה תמונה (ראו למעלה). צלמו אותה ב־Space, או השתמשו בקובץ תמונה (F).</translation>
    </message>
    <message>
        <source>A photo failed its check: R retakes it, Enter again goes to the grade.</source>
        <translation>‏תמונה לא עברה את הבדיקה: R לצילום חוזר, Enter שוב — לציון.</translation>
    </message>
    <message>
        <source>The photo matches the product&apos;s catalog picture {score} %.</source>
        <translation>‏התמונה תואמת לתמונת הקטלוג של המוצר ב־⁦{score}%⁩.</translation>
    </message>
    <message>
        <source>The photo for “{photo}” is not good enough as evidence:</source>
        <translation>‏התמונה עבור „⁨{photo}⁩” לא טובה מספיק כראיה:</translation>
    </message>
    <message>
        <source>This picture was already used for another inspection. Take a new photo of this item; a lead will look at it.</source>
        <translation>‏התמונה הזו כבר שימשה לבדיקה אחרת. צלמו תמונה חדשה של הפריט הזה; אחראי משמרת יבדוק אותה.</translation>
    </message>
    <message>
        <source>Still needed:</source>
        <translation>‏עוד חסר:</translation>
    </message>
    <message>
        <source>All required photos are taken. Add more if they help, or go on to the grade.</source>
        <translation>‏כל התמונות הנדרשות צולמו. אפשר להוסיף עוד אם זה עוזר, או להמשיך לציון.</translation>
    </message>
    <message>
        <source>Photo {n}</source>
        <translation>‏תמונה ⁨{n}⁩</translation>
    </message>
</context>
<context>
    <name>PutAwayView</name>
    <message>
        <source>Scan the container&apos;s barcode to confirm.</source>
        <translation>‏סרקו את הברקוד של המכולה כדי לאשר.</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <translation>‏תיקייה</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>‏כונן</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>‏&amp;חפש בתוך:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>‏קבצים מ&amp;סוג:</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <source>Page &amp;Set:</source>
        <translation>‏&amp;קבוצת עמודים:</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>‏עמודים</translation>
    </message>
    <message>
        <source>Double Sided Printing</source>
        <translation>‏הדפסה דו־צדדית</translation>
    </message>
    <message>
        <source>Long side binding</source>
        <translation>‏כריכה בצד הארוך</translation>
    </message>
    <message>
        <source>Short side binding</source>
        <translation>‏כריכה בצד הקצר</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>‏כבוי</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>‏טופס</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <source>{n} min</source>
        <translation>‏⁨{n}⁩ דק׳</translation>
    </message>
    <message>
        <source>{n} h</source>
        <translation>‏⁨{n}⁩ שע׳</translation>
    </message>
    <message>
        <source>{n} d</source>
        <translation>‏⁨{n}⁩ ימים</translation>
    </message>
    <message>
        <source>Review queue</source>
        <translation>‏תור ביקורת</translation>
    </message>
    <message>
        <source>Waiting for a lead</source>
        <translation>‏ממתין לאחראי משמרת</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>‏הוחלט</translation>
    </message>
    <message>
        <source>All</source>
        <translation>‏הכול</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>‏הישנים קודם</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>‏החדשים קודם</translation>
    </message>
    <message>
        <source>Any station</source>
        <translation>‏כל עמדה</translation>
    </message>
    <message>
        <source>Any inspector</source>
        <translation>‏כל בודק/ת</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>‏כל קטגוריה</translation>
    </message>
    <message>
        <source>Any grade</source>
        <translation>‏כל ציון</translation>
    </message>
    <message>
        <source>Grade {grade}</source>
        <translation>‏ציון ⁨{grade}⁩</translation>
    </message>
    <message>
        <source>Any disposition</source>
        <translation>‏כל יעד</translation>
    </message>
    <message>
        <source>From any day</source>
        <translation>‏מכל יום</translation>
    </message>
    <message>
        <source>To any day</source>
        <translation>‏עד כל יום</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>‏גיל</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>‏פריט</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>‏תוצאה</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>‏למה</translation>
    </message>
    <message numerus="yes">
        <source>First %n of {total} — narrow with the filters, or ↓ at the end for more</source>
        <translation>
            <numerusform>‏מוצגת ⁨%n⁩ מתוך ⁨{total}⁩ — צמצמו במסננים, או ⁦↓⁩ בסוף לעוד</numerusform>
            <numerusform>‏מוצגות ⁨%n⁩ מתוך ⁨{total}⁩ — צמצמו במסננים, או ⁦↓⁩ בסוף לעוד</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n inspection(s)</source>
        <translation>
            <numerusform>‏%n בדיקה</numerusform>
            <numerusform>‏%n בדיקות</numerusform>
        </translation>
    </message>
    <message>
        <source>All ({n})</source>
        <translation>‏הכול (⁨{n}⁩)</translation>
    </message>
</context>
<context>
    <name>QueueView</name>
    <message>
        <source>Refurb queue</source>
        <translation>‏תור שיפוץ</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>‏כל הקטגוריות</translation>
    </message>
    <message>
        <source>Scan the slip&apos;s QR code or the item&apos;s label, or type it</source>
        <translation>‏סרקו את קוד ה־QR שבתווית הדירוג או את תווית הפריט, או הקלידו</translation>
    </message>
    <message>
        <source>Find (Enter)</source>
        <translation>‏חיפוש (Enter)</translation>
    </message>
    <message>
        <source>Waiting since</source>
        <translation>‏ממתין מאז</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>‏פריט</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>‏מק״ט</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>‏ציון</translation>
    </message>
    <message>
        <source>RMA</source>
        <translation>‏RMA</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>‏עבודה</translation>
    </message>
    <message>
        <source>Open (Enter)</source>
        <translation>‏פתיחה (Enter)</translation>
    </message>
    <message>
        <source>Print slips of the selection (Ctrl+P)</source>
        <translation>‏הדפסת תוויות של הבחירה (Ctrl+P)</translation>
    </message>
    <message>
        <source>Reason, if printed before</source>
        <translation>‏סיבה, אם כבר הודפס</translation>
    </message>
    <message numerus="yes">
        <source>Refurb queue: %n item(s)</source>
        <translation>
            <numerusform>‏תור שיפוץ: %n פריט</numerusform>
            <numerusform>‏תור שיפוץ: %n פריטים</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>First %n shown — narrow with the category, or ↓ at the end for more</source>
        <translation>
            <numerusform>‏מוצג ⁨%n⁩ ראשון — צמצמו לפי קטגוריה, או ⁦↓⁩ בסוף לעוד</numerusform>
            <numerusform>‏מוצגים ⁨%n⁩ ראשונים — צמצמו לפי קטגוריה, או ⁦↓⁩ בסוף לעוד</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RefurbPage</name>
    <message>
        <source>Finish or leave the re-grade first, then scan the next item.</source>
        <translation>‏קודם סיימו או צאו מהדירוג מחדש, ואז סרקו את הפריט הבא.</translation>
    </message>
    <message>
        <source>Photo after the work</source>
        <translation>‏תמונה אחרי העבודה</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>‏שומר…</translation>
    </message>
    <message>
        <source>Tab: next field · Ctrl+S: save work · Ctrl+G: re-grade · Ctrl+P: print slip · Ctrl+O: photo file · Esc: back to the queue</source>
        <translation>‏⁦Tab⁩: השדה הבא · ⁦Ctrl+S⁩: שמירת העבודה · ⁦Ctrl+G⁩: דירוג מחדש · ⁦Ctrl+P⁩: הדפסת תווית · ⁦Ctrl+O⁩: קובץ תמונה · ⁦Esc⁩: חזרה לתור</translation>
    </message>
    <message>
        <source>1–9 choose · Enter: next · Backspace: back</source>
        <translation>‏⁦1–9⁩ בחירה · ⁦Enter⁩: הבא · ⁦Backspace⁩: אחורה</translation>
    </message>
    <message>
        <source>R: restock · D: dispose · type why when you choose against the checklist · Enter: confirm · Backspace: back</source>
        <translation>‏⁦R⁩: חזרה למלאי · ⁦D⁩: גריטה · כתבו למה, כשבוחרים נגד הרשימה · ⁦Enter⁩: אישור · ⁦Backspace⁩: אחורה</translation>
    </message>
    <message>
        <source>Scan a slip or an item label · ↑/↓: choose (↓ at the end: more) · Enter: open · Ctrl+P: print slips of the selection · Tab: category, reason · F5: refresh</source>
        <translation>‏סרקו תווית או מדבקת פריט · ⁦↑/↓⁩: בחירה (⁦↓⁩ בסוף: עוד) · ⁦Enter⁩: פתיחה · ⁦Ctrl+P⁩: הדפסת תוויות של הבחירה · ⁦Tab⁩: קטגוריה, סיבה · ⁦F5⁩: רענון</translation>
    </message>
    <message>
        <source>Work saved. Re-grade when the item is ready.</source>
        <translation>‏העבודה נשמרה. דרגו מחדש כשהפריט מוכן.</translation>
    </message>
    <message>
        <source>Re-graded {grade}: {disposition}. Print its new slip from the list if it needs one.</source>
        <translation>‏דורג מחדש ⁨{grade}⁩: ⁨{disposition}⁩. הדפיסו לו תווית חדשה מהרשימה אם צריך.</translation>
    </message>
    <message numerus="yes">
        <source>%n slip(s) printed.</source>
        <translation>
            <numerusform>‏%n תווית הודפסה.</numerusform>
            <numerusform>‏%n תוויות הודפסו.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>No inspection here for {label}. Sync, or check the label.</source>
        <translation>‏אין כאן בדיקה עבור ⁨{label}⁩. סנכרנו, או בדקו את התווית.</translation>
    </message>
    <message>
        <source>↑/↓: queue (↓ at the end: more) · {first}–{last}: new grade · 1–{n}: disposition · R: reason, Enter: regrade or approve · Ctrl+Enter: approve · P: evidence packet · PgUp/PgDn: photo · + − 0 1 on the photo: zoom</source>
        <translation>‏⁦↑/↓⁩: תור (⁦↓⁩ בסוף: עוד) · ⁦⁨{first}⁩–⁨{last}⁩⁩: ציון חדש · ⁦1–⁨{n}⁩⁩: יעד · ⁦R⁩: סיבה, ⁦Enter⁩: דירוג מחדש או אישור · ⁦Ctrl+Enter⁩: אישור · ⁦P⁩: תיק ראיות · ⁦PgUp/PgDn⁩: תמונה · ⁦+ − 0 1⁩ בתמונה: זום</translation>
    </message>
    <message>
        <source>Approved: grade {grade} · {disposition}.</source>
        <translation>‏אושר: ציון ⁨{grade}⁩ · ⁨{disposition}⁩.</translation>
    </message>
    <message>
        <source>Regraded to {grade} · {disposition}.</source>
        <translation>‏הציון שונה ל־⁨{grade}⁩ · ⁨{disposition}⁩.</translation>
    </message>
    <message>
        <source>Save the evidence packet</source>
        <translation>‏שמירת תיק הראיות</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>‏PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the evidence packet…</source>
        <translation>‏כותב את תיק הראיות…</translation>
    </message>
    <message>
        <source>Evidence packet saved: {path}</source>
        <translation>‏תיק הראיות נשמר: ⁨{path}⁩</translation>
    </message>
</context>
<context>
    <name>ReviewReasons</name>
    <message>
        <source>Inspector override</source>
        <translation>‏שינוי על ידי הבודק/ת</translation>
    </message>
    <message>
        <source>Unexpected return</source>
        <translation>‏החזרה לא צפויה</translation>
    </message>
    <message>
        <source>Wrong item</source>
        <translation>‏פריט שגוי</translation>
    </message>
    <message>
        <source>Serial mismatch</source>
        <translation>‏מספר סידורי לא תואם</translation>
    </message>
    <message>
        <source>Empty box</source>
        <translation>‏קופסה ריקה</translation>
    </message>
    <message>
        <source>Missing item</source>
        <translation>‏פריט חסר</translation>
    </message>
    <message>
        <source>Unsafe</source>
        <translation>‏לא בטוח</translation>
    </message>
    <message>
        <source>Account locked</source>
        <translation>‏נעול לחשבון</translation>
    </message>
    <message>
        <source>High-value disposal</source>
        <translation>‏גריטה של פריט יקר</translation>
    </message>
    <message>
        <source>Quality sample</source>
        <translation>‏מדגם איכות</translation>
    </message>
    <message>
        <source>Photo quality</source>
        <translation>‏איכות תמונה</translation>
    </message>
    <message>
        <source>Reused photo</source>
        <translation>‏תמונה בשימוש חוזר</translation>
    </message>
    <message>
        <source>Wrong item hint</source>
        <translation>‏רמז לפריט שגוי</translation>
    </message>
    <message>
        <source>Outside window</source>
        <translation>‏מחוץ לחלון הזמן</translation>
    </message>
    <message>
        <source>Repeat returner</source>
        <translation>‏מחזיר סדרתי</translation>
    </message>
    <message>
        <source>Used, sold as unopened</source>
        <translation>‏משומש, הוחזר כלא נפתח</translation>
    </message>
</context>
<context>
    <name>ScanFlash</name>
    <message>
        <source>Read OK</source>
        <translation>‏נקרא בהצלחה</translation>
    </message>
    <message>
        <source>Already inspected</source>
        <translation>‏כבר נבדק</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>‏נשמר</translation>
    </message>
    <message>
        <source>Photo needed</source>
        <translation>‏נדרש צילום</translation>
    </message>
    <message>
        <source>Not recognised</source>
        <translation>‏לא זוהה</translation>
    </message>
    <message>
        <source>Ready to scan</source>
        <translation>‏מוכן לסריקה</translation>
    </message>
</context>
<context>
    <name>ScanView</name>
    <message>
        <source>Scan the return label</source>
        <translation>‏סרקו את תווית ההחזרה</translation>
    </message>
    <message>
        <source>Hold the label under the camera, use the hand scanner, type the RMA number, or drop a photo of the label here.</source>
        <translation>‏החזיקו את התווית מתחת למצלמה, השתמשו בסורק היד, הקלידו את מספר ה־RMA, או גררו לכאן תמונה של התווית.</translation>
    </message>
    <message>
        <source>No camera picture</source>
        <translation>‏אין תמונה מהמצלמה</translation>
    </message>
    <message>
        <source>RMA number, SKU, GTIN or serial</source>
        <translation>‏מספר RMA, מק״ט, GTIN או מספר סידורי</translation>
    </message>
    <message>
        <source>Find (Enter)</source>
        <translation>‏חיפוש (Enter)</translation>
    </message>
    <message>
        <source>Label photo…</source>
        <translation>‏תמונת תווית…</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Sign in</source>
        <translation>‏כניסה</translation>
    </message>
    <message>
        <source>Scan your badge, or pick your name.</source>
        <translation>‏סרקו את התג, או בחרו את שמכם.</translation>
    </message>
    <message>
        <source>Opening the station…</source>
        <translation>‏פותח את העמדה…</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>‏בודק/ת</translation>
    </message>
    <message>
        <source>Shift lead</source>
        <translation>‏אחראי/ת משמרת</translation>
    </message>
    <message>
        <source>Refurb</source>
        <translation>‏שיפוץ</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>‏מנהל/ת מערכת</translation>
    </message>
    <message>
        <source>Type your PIN and press Enter.</source>
        <translation>‏הקלידו את הקוד האישי ולחצו Enter.</translation>
    </message>
    <message>
        <source>Unlock (Enter, or scan a lead&apos;s badge)</source>
        <translation>‏שחרור (Enter, או סריקת התג של אחראי/ת משמרת)</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>‏אישור</translation>
    </message>
    <message>
        <source>Back (Esc)</source>
        <translation>‏חזרה (Esc)</translation>
    </message>
    <message>
        <source>Only another shift lead or an admin can unlock {name}.</source>
        <translation>‏רק אחראי/ת משמרת אחר/ת או מנהל/ת מערכת יכולים לשחרר את ⁨{name}⁩.</translation>
    </message>
    <message>
        <source>{lead}: your PIN unlocks {name}</source>
        <translation>‏⁨{lead}⁩: הקוד האישי שלך משחרר את ⁨{name}⁩</translation>
    </message>
    <message>
        <source>Hello, {name}</source>
        <translation>‏שלום, ⁨{name}⁩</translation>
    </message>
    <message>
        <source>{name} is locked out after too many wrong PINs. A shift lead or an admin unlocks the sign-in: press Unlock.</source>
        <translation>‏הכניסה של ⁨{name}⁩ ננעלה אחרי יותר מדי קודים שגויים. אחראי/ת משמרת או מנהל/ת מערכת משחררים אותה: לחצו ״שחרור״.</translation>
    </message>
    <message>
        <source>Unlocked by {lead}. {name}, type your PIN.</source>
        <translation>‏⁨{lead}⁩ שחרר/ה את הכניסה. ⁨{name}⁩, הקלידו את הקוד האישי.</translation>
    </message>
    <message>
        <source>Type your PIN again.</source>
        <translation>‏הקלידו שוב את הקוד האישי.</translation>
    </message>
    <message>
        <source>That PIN is not right. Wait {seconds} s, then try again.</source>
        <translation>‏הקוד האישי שגוי. המתינו ⁨{seconds}⁩ שניות ונסו שוב.</translation>
    </message>
    <message>
        <source>Unlock {name}</source>
        <translation>‏שחרור הכניסה של ⁨{name}⁩</translation>
    </message>
    <message>
        <source>A shift lead or an admin: scan your badge, or pick your name.</source>
        <translation>‏אחראי/ת משמרת או מנהל/ת מערכת: סרקו את התג, או בחרו את שמכם.</translation>
    </message>
</context>
<context>
    <name>SlipPrinting</name>
    <message>
        <source>Print grading slips</source>
        <translation>‏הדפסת תוויות דירוג</translation>
    </message>
    <message>
        <source>No printer is set up for grading slips. Print once with the dialog to choose one, or ask a lead.</source>
        <translation>‏לא הוגדרה מדפסת לתוויות דירוג. הדפיסו פעם אחת דרך חלון ההדפסה כדי לבחור מדפסת, או פנו לאחראי משמרת.</translation>
    </message>
    <message>
        <source>Select the items whose slips you want to print.</source>
        <translation>‏בחרו את הפריטים שאת התוויות שלהם רוצים להדפיס.</translation>
    </message>
    <message>
        <source>This slip was printed before. Type why you print it again, then print.</source>
        <translation>‏התווית הזו כבר הודפסה. כתבו למה מדפיסים אותה שוב, ואז הדפיסו.</translation>
    </message>
    <message>
        <source>The printer did not take the slips. Check that it is on and has labels, then print again.</source>
        <translation>‏המדפסת לא קיבלה את התוויות. בדקו שהיא דלוקה ויש בה מדבקות, ואז הדפיסו שוב.</translation>
    </message>
</context>
<context>
    <name>UnexpectedView</name>
    <message>
        <source>Unexpected return</source>
        <translation>‏החזרה לא צפויה</translation>
    </message>
    <message>
        <source>Product name, SKU or GTIN</source>
        <translation>‏שם מוצר, מק״ט או GTIN</translation>
    </message>
    <message>
        <source>Inspect as unexpected return (Enter)</source>
        <translation>‏בדיקה כהחזרה לא צפויה (Enter)</translation>
    </message>
    <message>
        <source>Scan another label (Esc)</source>
        <translation>‏סריקת תווית אחרת (Esc)</translation>
    </message>
</context>
<context>
    <name>WorkView</name>
    <message>
        <source>No catalog image</source>
        <translation>‏אין תמונת קטלוג</translation>
    </message>
    <message>
        <source>Work so far</source>
        <translation>‏העבודה עד עכשיו</translation>
    </message>
    <message>
        <source>Record the work</source>
        <translation>‏רישום העבודה</translation>
    </message>
    <message>
        <source>What was done (required)</source>
        <translation>‏מה נעשה (חובה)</translation>
    </message>
    <message>
        <source>Work done</source>
        <translation>‏עבודה שנעשתה</translation>
    </message>
    <message>
        <source>Parts used, separated by commas</source>
        <translation>‏חלקים שנוצלו, מופרדים בפסיקים</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>‏חלקים</translation>
    </message>
    <message>
        <source> min</source>
        <translation>‏ דק׳</translation>
    </message>
    <message>
        <source>Time spent</source>
        <translation>‏זמן שהושקע</translation>
    </message>
    <message>
        <source>Notes for the next person (optional)</source>
        <translation>‏הערות לבא/ה אחריכם (רשות)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>‏הערות</translation>
    </message>
    <message>
        <source>No photos after the work yet</source>
        <translation>‏עדיין אין תמונות אחרי העבודה</translation>
    </message>
    <message>
        <source>Add photo after… (Ctrl+O)</source>
        <translation>‏הוספת תמונה אחרי… (Ctrl+O)</translation>
    </message>
    <message>
        <source>Save work (Ctrl+S)</source>
        <translation>‏שמירת העבודה (Ctrl+S)</translation>
    </message>
    <message>
        <source>Re-grade with the checklist (Ctrl+G)</source>
        <translation>‏דירוג מחדש לפי הרשימה (Ctrl+G)</translation>
    </message>
    <message>
        <source>Print slip (Ctrl+P)</source>
        <translation>‏הדפסת תווית (Ctrl+P)</translation>
    </message>
    <message>
        <source>Reason, if printed before</source>
        <translation>‏סיבה, אם כבר הודפס</translation>
    </message>
    <message>
        <source>Back to the queue (Esc)</source>
        <translation>‏חזרה לתור (Esc)</translation>
    </message>
    <message>
        <source>Grade {grade} · SKU {sku} · serial {serial} · {rma} · slip {ref}</source>
        <translation>‏ציון ⁨{grade}⁩ · מק״ט ⁨{sku}⁩ · מספר סידורי ⁨{serial}⁩ · ⁨{rma}⁩ · תווית ⁨{ref}⁩</translation>
    </message>
    <message>
        <source>no RMA</source>
        <translation>‏ללא RMA</translation>
    </message>
    <message>
        <source>{when} · {who} · {minutes} min
{work} · parts: {parts}</source>
        <translation>‏⁨{when}⁩ · ⁨{who}⁩ · ⁨{minutes}⁩ דק׳
⁨{work}⁩ · חלקים: ⁨{parts}⁩</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) after</source>
        <translation>
            <numerusform>‏%n תמונה אחרי</numerusform>
            <numerusform>‏%n תמונות אחרי</numerusform>
        </translation>
    </message>
    <message>
        <source>No work recorded yet.</source>
        <translation>‏עדיין לא נרשמה עבודה.</translation>
    </message>
</context>
<context>
    <name>modes</name>
    <message>
        <source>Inspect</source>
        <translation>‏בדיקה</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>‏ביקורת</translation>
    </message>
    <message>
        <source>Refurb</source>
        <translation>‏שיפוץ</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>‏לוח בקרה</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>‏ניהול</translation>
    </message>
    <message>
        <source>Containers</source>
        <translation>‏מכולות</translation>
    </message>
</context>
<context>
    <name>station</name>
    <message>
        <source>Something went wrong. Your saved answers are kept. Try again, or call a lead if it repeats.</source>
        <translation>‏משהו השתבש. התשובות שנשמרו נשארות. נסו שוב, או קראו לאחראי משמרת אם זה חוזר.</translation>
    </message>
    <message>
        <source>Audit chain of station {station}: event #{expected} is missing (the next is #{found}); a record was deleted.</source>
        <translation>‏שרשרת הביקורת של העמדה ⁨{station}⁩: אירוע #⁨{expected}⁩ חסר (הבא הוא #⁨{found}⁩); רשומה נמחקה.</translation>
    </message>
    <message>
        <source>Audit chain of station {station}: event #{seq} does not follow the one before it; a record was inserted or changed.</source>
        <translation>‏שרשרת הביקורת של העמדה ⁨{station}⁩: אירוע #⁨{seq}⁩ אינו ממשיך את האירוע שלפניו; רשומה נוספה או שונתה.</translation>
    </message>
    <message>
        <source>Audit events name the table {table}, which this station does not know. Update the station.</source>
        <translation>‏אירועי הביקורת מזכירים את הטבלה ⁨{table}⁩, שהעמדה הזו לא מכירה. עדכנו את העמדה.</translation>
    </message>
    <message>
        <source>{table} record {id} has no audit event: it was inserted behind the station&apos;s back.</source>
        <translation>‏לרשומה ⁨{id}⁩ בטבלה ⁨{table}⁩ אין אירוע ביקורת: היא נוספה שלא דרך העמדה.</translation>
    </message>
    <message>
        <source>Audit event #{seq} of station {station} does not carry the station&apos;s seal: it was written or rewritten outside the station program (its database file was edited).</source>
        <translation>‏אירוע ביקורת #⁨{seq}⁩ של העמדה ⁨{station}⁩ אינו נושא את החותם של העמדה: הוא נכתב או נכתב מחדש מחוץ לתוכנת העמדה (קובץ מסד הנתונים שלה נערך).</translation>
    </message>
    <message>
        <source>Station {station}&apos;s audit chain here and in the central database differ from event #{seq}.</source>
        <translation>‏שרשרת הביקורת של העמדה ⁨{station}⁩ כאן ובמסד הנתונים המרכזי שונות החל מאירוע #⁨{seq}⁩.</translation>
    </message>
    <message>
        <source>The central database holds events #{first}–#{last} of station {station} that this store lacks: they were deleted here.</source>
        <translation>‏במסד הנתונים המרכזי יש אירועים #⁨{first}⁩–#⁨{last}⁩ של העמדה ⁨{station}⁩ שחסרים כאן: הם נמחקו כאן.</translation>
    </message>
    <message>
        <source>{table} record {id} (audit event #{seq} of station {station}) is gone: it was deleted.</source>
        <translation>‏הרשומה ⁨{id}⁩ בטבלה ⁨{table}⁩ (אירוע ביקורת #⁨{seq}⁩ של העמדה ⁨{station}⁩) איננה: היא נמחקה.</translation>
    </message>
    <message>
        <source>The {copy} of photo {sha} ({table} {id}) is not the picture its original gives: the file was changed. Tell a lead; the station shows a copy made again from the original.</source>
        <translation>‏⁨{copy}⁩ של התמונה ⁨{sha}⁩ (⁨{table}⁩ ⁨{id}⁩) אינו התמונה שהמקור נותן: הקובץ שונה. הודיעו לאחראי/ת משמרת; העמדה מציגה עותק שנוצר מחדש מהמקור.</translation>
    </message>
    <message>
        <source>{table} record {id} was changed after it was recorded (audit event #{seq} of station {station}).</source>
        <translation>‏הרשומה ⁨{id}⁩ בטבלה ⁨{table}⁩ שונתה אחרי שנרשמה (אירוע ביקורת #⁨{seq}⁩ של העמדה ⁨{station}⁩).</translation>
    </message>
    <message>
        <source>review copy</source>
        <translation>‏העותק לבדיקה</translation>
    </message>
    <message>
        <source>thumbnail</source>
        <translation>‏התמונה הממוזערת</translation>
    </message>
    <message>
        <source>Camera setting {spec} is neither a camera number nor an existing folder or video. Fix it in Admin.</source>
        <translation>‏הגדרת המצלמה ⁨{spec}⁩ אינה מספר מצלמה ואינה תיקייה או וידאו קיימים. תקנו אותה בניהול.</translation>
    </message>
    <message>
        <source>Replay folder {path} holds no images (PNG, JPEG, WebP). Add label photos or choose a camera.</source>
        <translation>‏בתיקיית ההשמעה ⁨{path}⁩ אין תמונות (PNG, JPEG, WebP). הוסיפו תמונות של תוויות או בחרו מצלמה.</translation>
    </message>
    <message>
        <source>Video {path} cannot be opened: missing, damaged or an unknown format. Check the camera setting.</source>
        <translation>‏לא ניתן לפתוח את הווידאו ⁨{path}⁩: חסר, פגום או בפורמט לא מוכר. בדקו את הגדרת המצלמה.</translation>
    </message>
    <message>
        <source>Camera {index} is not available. Check that it is plugged in and not used by another program, or choose another camera in Admin.</source>
        <translation>‏מצלמה ⁨{index}⁩ אינה זמינה. בדקו שהיא מחוברת ושאף תוכנה אחרת לא משתמשת בה, או בחרו מצלמה אחרת בניהול.</translation>
    </message>
    <message>
        <source>No demo photos are configured. Choose a camera in Admin.</source>
        <translation>‏לא הוגדרו תמונות הדגמה. בחרו מצלמה בניהול.</translation>
    </message>
    <message>
        <source>Replay folder {path} was not found. Check the camera setting.</source>
        <translation>‏תיקיית ההשמעה ⁨{path}⁩ לא נמצאה. בדקו את הגדרת המצלמה.</translation>
    </message>
    <message>
        <source>&apos;exclusive&apos; only makes sense for options of a multi question</source>
        <translation>‏&apos;exclusive&apos; מתאים רק לאפשרויות של שאלת בחירה מרובה</translation>
    </message>
    <message>
        <source>unit, min and max only apply to number questions; this one is &apos;{kind}&apos;</source>
        <translation>‏unit, min ו־max מתאימים רק לשאלות מספר; השאלה הזו היא &apos;⁨{kind}⁩&apos;</translation>
    </message>
    <message>
        <source>min ({min}) is greater than max ({max})</source>
        <translation>‏min (⁨{min}⁩) גדול מ־max (⁨{max}⁩)</translation>
    </message>
    <message>
        <source>{where}: &apos;{test}&apos; does not work with the {kind} question &apos;{ref}&apos;; use one of {allowed}</source>
        <translation>‏⁨{where}⁩: &apos;⁨{test}⁩&apos; לא עובד עם שאלת ⁨{kind}⁩ &apos;⁨{ref}⁩&apos;; השתמשו באחד מאלה: ⁨{allowed}⁩</translation>
    </message>
    <message>
        <source>a {kind} question needs at least two options</source>
        <translation>‏שאלת ⁨{kind}⁩ צריכה לפחות שתי אפשרויות</translation>
    </message>
    <message>
        <source>only single and multi questions have options; this one is &apos;{kind}&apos;</source>
        <translation>‏רק לשאלות single ו־multi יש אפשרויות; השאלה הזו היא &apos;⁨{kind}⁩&apos;</translation>
    </message>
    <message>
        <source>{where}: &apos;{value}&apos; is not an answer to the yes/no question &apos;{ref}&apos;; use yes or no</source>
        <translation>‏⁨{where}⁩: &apos;⁨{value}⁩&apos; אינו תשובה לשאלת כן/לא &apos;⁨{ref}⁩&apos;; השתמשו ב־yes או no</translation>
    </message>
    <message>
        <source>the question id &apos;{id}&apos; is used twice; give each question its own id</source>
        <translation>‏מזהה השאלה &apos;⁨{id}⁩&apos; מופיע פעמיים; תנו לכל שאלה מזהה משלה</translation>
    </message>
    <message>
        <source>the photo id &apos;{id}&apos; is used twice</source>
        <translation>‏מזהה התמונה &apos;⁨{id}⁩&apos; מופיע פעמיים</translation>
    </message>
    <message>
        <source>the option id &apos;{option}&apos; is used twice</source>
        <translation>‏מזהה האפשרות &apos;⁨{option}⁩&apos; מופיע פעמיים</translation>
    </message>
    <message>
        <source>{where} refers to question &apos;{ref}&apos;, which is not in the checklist</source>
        <translation>‏⁨{where}⁩ מפנה לשאלה &apos;⁨{ref}⁩&apos;, שאינה ברשימת הבדיקה</translation>
    </message>
    <message>
        <source>{where} refers to question &apos;{ref}&apos; (Q{number}), which is not asked before this point; a condition can only use earlier answers</source>
        <translation>‏⁨{where}⁩ מפנה לשאלה &apos;⁨{ref}⁩&apos; (Q⁨{number}⁩), שלא נשאלה לפני נקודה זו; תנאי יכול להשתמש רק בתשובות קודמות</translation>
    </message>
    <message>
        <source>{where}: &apos;{value}&apos; is not an option of question &apos;{ref}&apos; (options: {options})</source>
        <translation>‏⁨{where}⁩: &apos;⁨{value}⁩&apos; אינו אפשרות של השאלה &apos;⁨{ref}⁩&apos; (אפשרויות: ⁨{options}⁩)</translation>
    </message>
    <message>
        <source>{where}: &apos;{value}&apos; is not a number, but question &apos;{ref}&apos; asks for one</source>
        <translation>‏⁨{where}⁩: &apos;⁨{value}⁩&apos; אינו מספר, אבל השאלה &apos;⁨{ref}⁩&apos; מבקשת מספר</translation>
    </message>
    <message>
        <source>Enter a number from {min} to {max}.</source>
        <translation>‏הזינו מספר בין ⁨{min}⁩ ל־⁨{max}⁩.</translation>
    </message>
    <message>
        <source>Enter a number of at least {min}.</source>
        <translation>‏הזינו מספר של ⁨{min}⁩ לפחות.</translation>
    </message>
    <message>
        <source>Enter a number of at most {max}.</source>
        <translation>‏הזינו מספר של ⁨{max}⁩ לכל היותר.</translation>
    </message>
    <message>
        <source>Keep the answer under {limit} characters.</source>
        <translation>‏התשובה צריכה להיות קצרה מ־⁨{limit}⁩ תווים.</translation>
    </message>
    <message>
        <source>Answer yes or no.</source>
        <translation>‏ענו כן או לא.</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not one of the answers. Choose one from the list.</source>
        <translation>‏&quot;⁨{value}⁩&quot; אינו אחת התשובות. בחרו תשובה מהרשימה.</translation>
    </message>
    <message>
        <source>Tick the answers that apply.</source>
        <translation>‏סמנו את התשובות המתאימות.</translation>
    </message>
    <message>
        <source>Enter a number from {min} to {max} {unit}.</source>
        <translation>‏הזינו מספר בין ⁨{min}⁩ ל־⁨{max}⁩ ⁨{unit}⁩.</translation>
    </message>
    <message>
        <source>Enter a number of at least {min} {unit}.</source>
        <translation>‏הזינו מספר של ⁨{min}⁩ ⁨{unit}⁩ לפחות.</translation>
    </message>
    <message>
        <source>Enter a number of at most {max} {unit}.</source>
        <translation>‏הזינו מספר של ⁨{max}⁩ ⁨{unit}⁩ לכל היותר.</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not one of the answers. Tick answers from the list.</source>
        <translation>‏&quot;⁨{value}⁩&quot; אינו אחת התשובות. סמנו תשובות מהרשימה.</translation>
    </message>
    <message>
        <source>&quot;{option}&quot; cannot be ticked together with other answers.</source>
        <translation>‏אי אפשר לסמן את &quot;⁨{option}⁩&quot; יחד עם תשובות אחרות.</translation>
    </message>
    <message>
        <source>Enter a number, for example 12 or 12.5.</source>
        <translation>‏הזינו מספר, לדוגמה 12 או 12.5.</translation>
    </message>
    <message>
        <source>{where}: {problem}</source>
        <translation>‏⁨{where}⁩: ⁨{problem}⁩</translation>
    </message>
    <message>
        <source>{file}, line {line}</source>
        <translation>‏⁨{file}⁩, שורה ⁨{line}⁩</translation>
    </message>
    <message>
        <source>{file}</source>
        <translation>‏⁨{file}⁩</translation>
    </message>
    <message>
        <source>{where}, question &apos;{question}&apos;: {problem}</source>
        <translation>‏⁨{where}⁩, שאלה &apos;⁨{question}⁩&apos;: ⁨{problem}⁩</translation>
    </message>
    <message>
        <source>The checklist {file} cannot be used: {problem}. Fix the file or ask a lead.</source>
        <translation>‏לא ניתן להשתמש ברשימת הבדיקה ⁨{file}⁩: ⁨{problem}⁩. תקנו את הקובץ או פנו לאחראי משמרת.</translation>
    </message>
    <message>
        <source>no checklist files (*.yaml) found here</source>
        <translation>‏לא נמצאו כאן קובצי רשימות בדיקה (*.yaml)</translation>
    </message>
    <message>
        <source>the file should start with &apos;category:&apos;, &apos;version:&apos;, &apos;title:&apos; and &apos;questions:&apos;</source>
        <translation>‏הקובץ צריך להתחיל ב־&apos;category:&apos;, &apos;version:&apos;, &apos;title:&apos; ו־&apos;questions:&apos;</translation>
    </message>
    <message>
        <source>version {version} of &apos;{category}&apos; is also in {other} with different questions; give the newer file a higher version</source>
        <translation>‏גרסה ⁨{version}⁩ של &apos;⁨{category}⁩&apos; מופיעה גם ב־⁨{other}⁩ עם שאלות אחרות; תנו לקובץ החדש יותר גרסה גבוהה יותר</translation>
    </message>
    <message>
        <source>the file cannot be read ({problem})</source>
        <translation>‏לא ניתן לקרוא את הקובץ (⁨{problem}⁩)</translation>
    </message>
    <message>
        <source>a text</source>
        <translation>‏טקסט</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>‏מספר שלם</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>‏מספר</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>‏true או false</translation>
    </message>
    <message>
        <source>a list (lines starting with &apos;- &apos;)</source>
        <translation>‏רשימה (שורות שמתחילות ב־&apos;- &apos;)</translation>
    </message>
    <message>
        <source>a set of keys</source>
        <translation>‏קבוצת מפתחות</translation>
    </message>
    <message>
        <source>a condition is either one question test or exactly one of all / any / not</source>
        <translation>‏תנאי הוא בדיקה אחת של שאלה, או בדיוק אחד מ־all / any / not</translation>
    </message>
    <message>
        <source>all / any needs at least one condition</source>
        <translation>‏all / any צריכים לפחות תנאי אחד</translation>
    </message>
    <message>
        <source>the condition names no question (add &apos;question: ...&apos;)</source>
        <translation>‏התנאי לא מציין שאלה (הוסיפו &apos;question: ...&apos;)</translation>
    </message>
    <message>
        <source>the condition has no test (equals, in, includes, less_than, answered, ...)</source>
        <translation>‏לתנאי אין בדיקה (equals, in, includes, less_than, answered, ...)</translation>
    </message>
    <message>
        <source>should be one answer: yes, no, a number, an option id or a text</source>
        <translation>‏צריכה להיות תשובה אחת: yes, no, מספר, מזהה אפשרות או טקסט</translation>
    </message>
    <message>
        <source>&apos;{key}&apos;: {problem}</source>
        <translation>‏&apos;⁨{key}⁩&apos;: ⁨{problem}⁩</translation>
    </message>
    <message>
        <source>unknown key &apos;{key}&apos;: check the spelling, and put a text that contains &apos;,&apos; or &apos;:&apos; in quotes</source>
        <translation>‏מפתח לא מוכר &apos;⁨{key}⁩&apos;: בדקו את האיות, ושימו במירכאות טקסט שמכיל &apos;,&apos; או &apos;:&apos;</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; is missing</source>
        <translation>‏&apos;⁨{key}⁩&apos; חסר</translation>
    </message>
    <message>
        <source>unknown question kind &apos;{value}&apos;; use one of {expected}</source>
        <translation>‏סוג שאלה לא מוכר &apos;⁨{value}⁩&apos;; השתמשו באחד מאלה: ⁨{expected}⁩</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not allowed for &apos;{key}&apos;; use one of {expected}</source>
        <translation>‏&apos;⁨{value}⁩&apos; אינו מותר עבור &apos;⁨{key}⁩&apos;; השתמשו באחד מאלה: ⁨{expected}⁩</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; should be {expected}</source>
        <translation>‏&apos;⁨{key}⁩&apos; צריך להיות ⁨{expected}⁩</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; is &apos;{value}&apos;: use lower-case letters, digits and _ only, starting with a letter</source>
        <translation>‏&apos;⁨{key}⁩&apos; הוא &apos;⁨{value}⁩&apos;: השתמשו רק באותיות לטיניות קטנות, ספרות ו־_, והתחילו באות</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be at least {limit}</source>
        <translation>‏&apos;⁨{key}⁩&apos; חייב להיות לפחות ⁨{limit}⁩</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must not be empty</source>
        <translation>‏&apos;⁨{key}⁩&apos; לא יכול להיות ריק</translation>
    </message>
    <message>
        <source>not valid YAML: {problem}. Check the indentation, colons and quotes there.</source>
        <translation>‏YAML לא תקין: ⁨{problem}⁩. בדקו שם את ההזחות, הנקודתיים והמירכאות.</translation>
    </message>
    <message>
        <source>not valid YAML: {problem}.</source>
        <translation>‏YAML לא תקין: ⁨{problem}⁩.</translation>
    </message>
    <message>
        <source>station {command} failed: {reason}. Run it again as station -v {command} … for the details, or call IT.</source>
        <translation>‏⁦station ⁨{command}⁩⁩ נכשל: ⁨{reason}⁩. להצגת הפרטים הריצו שוב ⁦station -v ⁨{command}⁩ …⁩, או קראו לתמיכת המחשוב.</translation>
    </message>
    <message>
        <source>station: stopped.</source>
        <translation>‏⁦station⁩: הופסק.</translation>
    </message>
    <message>
        <source>Name the central database: station central relay --url postgresql://USER@HOST/DB</source>
        <translation>‏ציינו את מסד הנתונים המרכזי: station central relay --url postgresql://USER@HOST/DB</translation>
    </message>
    <message>
        <source>The two passwords differ. Nothing was changed: run the command again.</source>
        <translation>‏שתי הסיסמאות שונות. דבר לא שונה: הריצו את הפקודה שוב.</translation>
    </message>
    <message>
        <source>Name a brand and its SKUs (station central web-brand BRAND SKU…), or --demo.</source>
        <translation>‏ציינו מותג ואת המק&quot;טים שלו (station central web-brand BRAND SKU…), או --demo.</translation>
    </message>
    <message>
        <source>{code} is at {location}.</source>
        <translation>‏⁨{code}⁩ נמצא ב-⁨{location}⁩.</translation>
    </message>
    <message>
        <source>Written to {path}.</source>
        <translation>‏נכתב אל ⁨{path}⁩.</translation>
    </message>
    <message>
        <source>Fix the lines named above and import the file again: its other lines were imported, and importing them again changes nothing.</source>
        <translation>‏תקנו את השורות שצוינו למעלה וייבאו את הקובץ שוב: שאר השורות שלו יובאו, וייבוא חוזר שלהן לא משנה דבר.</translation>
    </message>
    <message>
        <source>No PIN: set STATION_PIN or run this at a terminal, which asks for it.</source>
        <translation>‏אין קוד: הגדירו STATION_PIN או הריצו זאת במסוף, שישאל עליו.</translation>
    </message>
    <message>
        <source>no code found</source>
        <translation>‏לא נמצא קוד</translation>
    </message>
    <message>
        <source>Settings file is from a newer station version ({version}). Update the station.</source>
        <translation>‏קובץ ההגדרות שייך לגרסה חדשה יותר של העמדה (⁨{version}⁩). עדכנו את העמדה.</translation>
    </message>
    <message>
        <source>Settings file {path} must hold a JSON object.</source>
        <translation>‏קובץ ההגדרות ⁨{path}⁩ צריך להכיל אובייקט JSON.</translation>
    </message>
    <message>
        <source>Settings in {path} are not valid: {problems}. Fix them, or delete the file for defaults.</source>
        <translation>‏ההגדרות ב־⁨{path}⁩ אינן תקינות: ⁨{problems}⁩. תקנו אותן, או מחקו את הקובץ כדי לחזור לברירות המחדל.</translation>
    </message>
    <message>
        <source>Settings file {path} cannot be read ({problem}). Fix or delete it, then start again.</source>
        <translation>‏לא ניתן לקרוא את קובץ ההגדרות ⁨{path}⁩ (⁨{problem}⁩). תקנו או מחקו אותו, ואז הפעילו שוב.</translation>
    </message>
    <message>
        <source>Demo file {path} is missing ({problem}).</source>
        <translation>‏קובץ ההדגמה ⁨{path}⁩ חסר (⁨{problem}⁩).</translation>
    </message>
    <message>
        <source>{file}: the PIN of {name} is not 4 to 6 digits. Give them another PIN and load again.</source>
        <translation>‏⁨{file}⁩: הקוד האישי של ⁨{name}⁩ אינו 4 עד 6 ספרות. תנו לו/לה קוד אחר וטענו שוב.</translation>
    </message>
    <message>
        <source>Nothing to see: the photo is one flat colour. Uncover the lens and aim at the item.</source>
        <translation>‏אין מה לראות: התמונה בצבע אחיד. הסירו את כיסוי העדשה וכוונו אל הפריט.</translation>
    </message>
    <message>
        <source>Blurred: hold the item and camera still, let the camera focus, then take it again.</source>
        <translation>‏מטושטש: החזיקו את הפריט והמצלמה יציבים, תנו למצלמה להתמקד, וצלמו שוב.</translation>
    </message>
    <message>
        <source>Too dark: turn on the ring light or move closer.</source>
        <translation>‏חשוך מדי: הדליקו את תאורת הטבעת או התקרבו.</translation>
    </message>
    <message>
        <source>Too bright: washed out. Dim the ring light or move the item out of direct light.</source>
        <translation>‏בהיר מדי: התמונה שרופה. עמעמו את תאורת הטבעת או הרחיקו את הפריט מאור ישיר.</translation>
    </message>
    <message>
        <source>Too bright: lower the ring light. Large parts of the photo are pure white and show nothing.</source>
        <translation>‏בהיר מדי: הנמיכו את תאורת הטבעת. חלקים גדולים בתמונה לבנים לגמרי ולא רואים בהם דבר.</translation>
    </message>
    <message>
        <source>Glare: a reflection hides part of the item. Tilt the item or the light a little.</source>
        <translation>‏סנוור: השתקפות מסתירה חלק מהפריט. הטו מעט את הפריט או את התאורה.</translation>
    </message>
    <message>
        <source>Glare: a broad reflection covers part of the item. Move the light to one side or tilt the item until the white patch is gone.</source>
        <translation>‏סנוור: השתקפות רחבה מסתירה חלק מהפריט. הזיזו את האור הצידה או הטו את הפריט עד שהכתם הלבן ייעלם.</translation>
    </message>
    <message>
        <source>The item is too small in the photo: move closer so it fills most of the picture.</source>
        <translation>‏הפריט קטן מדי בתמונה: התקרבו כך שימלא את רוב התמונה.</translation>
    </message>
    <message>
        <source>Part of the item is cut off: step back so the whole item is in the picture.</source>
        <translation>‏חלק מהפריט נחתך: התרחקו כך שכל הפריט ייכנס לתמונה.</translation>
    </message>
    <message>
        <source>Problem with the photo: {problem}. Take it again.</source>
        <translation>‏בעיה בתמונה: ⁨{problem}⁩. צלמו שוב.</translation>
    </message>
    <message>
        <source>The &quot;sharp&quot; photo ({sharp:.0f}) is not clearly sharper than the &quot;blurred&quot; one ({blurred:.0f}). Take the sharp photo with the item still and in focus, the blurred one with the camera moving.</source>
        <translation>‏התמונה ה&quot;חדה&quot; (⁨{sharp:.0f}⁩) אינה חדה בבירור יותר מה&quot;מטושטשת&quot; (⁨{blurred:.0f}⁩). צלמו את החדה כשהפריט יציב ובפוקוס, ואת המטושטשת תוך הזזת המצלמה.</translation>
    </message>
    <message>
        <source>The photo&apos;s copies could not be made. Take the photo again.</source>
        <translation>‏לא ניתן היה ליצור את העותקים של התמונה. צלמו אותה שוב.</translation>
    </message>
    <message>
        <source>The photo file is empty. Take the photo again or choose another file.</source>
        <translation>‏קובץ התמונה ריק. צלמו שוב או בחרו קובץ אחר.</translation>
    </message>
    <message>
        <source>This file is not a picture the station can read (JPEG or PNG). Take the photo again or choose another file.</source>
        <translation>‏הקובץ הזה אינו תמונה שהעמדה יכולה לקרוא (JPEG או PNG). צלמו שוב או בחרו קובץ אחר.</translation>
    </message>
    <message>
        <source>The camera picture could not be saved. Take the photo again.</source>
        <translation>‏לא ניתן היה לשמור את התמונה מהמצלמה. צלמו שוב.</translation>
    </message>
    <message>
        <source>Photo {sha} is damaged on disk. Tell a lead; retake it if the item is here.</source>
        <translation>‏התמונה ⁨{sha}⁩ פגומה בדיסק. עדכנו את אחראי המשמרת; צלמו שוב אם הפריט כאן.</translation>
    </message>
    <message>
        <source>Photo file {name} cannot be opened ({problem}). Choose another file.</source>
        <translation>‏לא ניתן לפתוח את קובץ התמונה ⁨{name}⁩ (⁨{problem}⁩). בחרו קובץ אחר.</translation>
    </message>
    <message>
        <source>{file} is empty (0 bytes). Take the photo again.</source>
        <translation>‏⁨{file}⁩ ריק (0 בתים). צלמו שוב.</translation>
    </message>
    <message>
        <source>{file} is too large ({megabytes} MB). Use the station camera or a smaller photo.</source>
        <translation>‏⁨{file}⁩ גדול מדי (⁨{megabytes}⁩ MB). השתמשו במצלמת העמדה או בתמונה קטנה יותר.</translation>
    </message>
    <message>
        <source>{stations} opened {code} too, for another kind or zone: two containers carry this barcode. Relabel the one at {stations} with a new barcode and scan its items into it.</source>
        <translation>‏⁨{stations}⁩ פתחה גם היא את ⁨{code}⁩, לסוג או לאזור אחר: שתי מכולות נושאות את הברקוד הזה. הדביקו ברקוד חדש על זו שב-⁨{stations}⁩ וסרקו אליה את הפריטים שלה.</translation>
    </message>
    <message>
        <source>{code} was already closed by {station} at {time}: that close counts. Print its label and manifest again from here.</source>
        <translation>‏⁨{code}⁩ כבר נסגרה על ידי ⁨{station}⁩ ב-⁨{time}⁩: הסגירה ההיא קובעת. הדפיסו שוב מכאן את התווית ואת רשימת התכולה.</translation>
    </message>
    <message>
        <source>This station is still fetching its earlier records as {station} from the central database; it goes on by itself at the next sync.</source>
        <translation>‏העמדה עדיין מורידה ממסד הנתונים המרכזי את הרשומות הקודמות שלה כ־⁨{station}⁩; היא תמשיך בעצמה בסנכרון הבא.</translation>
    </message>
    <message>
        <source>Station id {station} is in use by another computer: install {other} on {other_host} synced at {seen}. This computer ({host}, install {mine}) was refused and sent nothing. Give one of them another station id (station_id in the settings); if {other_host} was replaced, this computer takes over by itself once {other_host} has been silent for {minutes} minutes.</source>
        <translation>‏מזהה העמדה ⁨{station}⁩ בשימוש במחשב אחר: ההתקנה ⁨{other}⁩ ב־⁨{other_host}⁩ סונכרנה ב־⁨{seen}⁩. המחשב הזה (⁨{host}⁩, התקנה ⁨{mine}⁩) נדחה ולא שלח דבר. תנו לאחד מהם מזהה עמדה אחר (station_id בהגדרות); אם ⁨{other_host}⁩ הוחלף, המחשב הזה יקבל את המזהה בעצמו אחרי ש־⁨{other_host}⁩ לא מסתנכרן ⁨{minutes}⁩ דק׳.</translation>
    </message>
    <message>
        <source>This station&apos;s audit chain as {station} differs from the one the central database holds (from event #{seq}): records were changed here after they were sent, or another computer recorded under this station id. Nothing was sent, and nothing is lost: the records stay on this station. Stop inspecting here and call IT (`station audit verify --central` shows where).</source>
        <translation>‏שרשרת הביקורת של העמדה כ־⁨{station}⁩ שונה מזו שבמסד הנתונים המרכזי (מאירוע #⁨{seq}⁩): רשומות שונו כאן אחרי שנשלחו, או שמחשב אחר רשם תחת מזהה העמדה הזה. דבר לא נשלח ודבר לא אבד: הרשומות נשארות בעמדה הזו. הפסיקו לבדוק כאן וקראו לתמיכת המחשוב (`station audit verify --central` מראה איפה).</translation>
    </message>
    <message>
        <source>A web password needs at least {n} characters. Choose a longer one.</source>
        <translation>‏סיסמת אתר צריכה לפחות ⁨{n}⁩ תווים. בחרו סיסמה ארוכה יותר.</translation>
    </message>
    <message>
        <source>No user has badge {badge} on the central database. Add them at a station and sync, or give --client NAME for a brand&apos;s account.</source>
        <translation>‏לאף משתמש אין את התג ⁨{badge}⁩ במסד הנתונים המרכזי. הוסיפו אותו בעמדה וסנכרנו, או תנו --client NAME לחשבון של מותג.</translation>
    </message>
    <message>
        <source>Badge {badge} is a station user&apos;s; give the client another sign-in name.</source>
        <translation>‏התג ⁨{badge}⁩ שייך למשתמש עמדה; תנו ללקוח שם כניסה אחר.</translation>
    </message>
    <message>
        <source>Too many wrong passwords: {badge} is locked. Ask an admin to unlock it (station central web-user unlock {badge}).</source>
        <translation>‏יותר מדי סיסמאות שגויות: ⁨{badge}⁩ נעול. בקשו ממנהל לשחרר אותו (station central web-user unlock ⁨{badge}⁩).</translation>
    </message>
    <message>
        <source>Wrong password again: wait {seconds} s, then try again.</source>
        <translation>‏שוב סיסמה שגויה: המתינו ⁨{seconds}⁩ שניות ונסו שוב.</translation>
    </message>
    <message>
        <source>Sign-in name or password not right. Check both and try again.</source>
        <translation>‏שם הכניסה או הסיסמה אינם נכונים. בדקו את שניהם ונסו שוב.</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>‏משהו השתבש.</translation>
    </message>
    <message>
        <source>Something went wrong on the server; it is in its log. Reload the page; if it happens again, tell IT.</source>
        <translation>‏משהו השתבש בשרת; הפרטים ביומן שלו. טענו את הדף מחדש; אם זה חוזר, הודיעו ל-IT.</translation>
    </message>
    <message>
        <source>There is no such page or inspection here. Search again from the start page.</source>
        <translation>‏אין כאן דף או בדיקה כאלה. חפשו שוב מדף הפתיחה.</translation>
    </message>
    <message>
        <source>The central database cannot be reached now. Nothing was changed: wait a minute and reload the page; if it lasts, ask IT to check the central database server.</source>
        <translation>‏אין כרגע גישה למסד הנתונים המרכזי. דבר לא שונה: המתינו דקה וטענו את הדף מחדש; אם זה נמשך, בקשו מ-IT לבדוק את שרת מסד הנתונים המרכזי.</translation>
    </message>
    <message>
        <source>Returns inspections</source>
        <translation>‏בדיקות החזרות</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>‏חיפוש</translation>
    </message>
    <message>
        <source>Review queue</source>
        <translation>‏תור ביקורת</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>‏לוח בקרה</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>‏יציאה</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>‏ימים</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>‏הצג</translation>
    </message>
    <message>
        <source>Inspections in the period: {n}</source>
        <translation>‏בדיקות בתקופה: ⁨{n}⁩</translation>
    </message>
    <message>
        <source>Grades</source>
        <translation>‏ציונים</translation>
    </message>
    <message>
        <source>Dispositions</source>
        <translation>‏ייעודים</translation>
    </message>
    <message>
        <source>Return reasons</source>
        <translation>‏סיבות החזרה</translation>
    </message>
    <message>
        <source>Inspections per week</source>
        <translation>‏בדיקות בשבוע</translation>
    </message>
    <message>
        <source>Saved: {grade} and {disposition}.</source>
        <translation>‏נשמר: ⁨{grade}⁩ ו-⁨{disposition}⁩.</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>‏הזמנה</translation>
    </message>
    <message>
        <source>Inspected by</source>
        <translation>‏נבדק על ידי</translation>
    </message>
    <message>
        <source>Grade now</source>
        <translation>‏ציון נוכחי</translation>
    </message>
    <message>
        <source>Refund recommended</source>
        <translation>‏החזר מומלץ</translation>
    </message>
    <message>
        <source>fee</source>
        <translation>‏עמלה</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>‏מכולה</translation>
    </message>
    <message>
        <source>Shop told</source>
        <translation>‏החנות עודכנה</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>‏עדיין לא</translation>
    </message>
    <message>
        <source>Evidence packet (PDF)</source>
        <translation>‏תיק ראיות (PDF)</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>‏תמונות</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>‏תשובות</translation>
    </message>
    <message>
        <source>History</source>
        <translation>‏היסטוריה</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>‏ביקורת</translation>
    </message>
    <message>
        <source>Regrade</source>
        <translation>‏שינוי ציון</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>‏אישור</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>‏תמונה</translation>
    </message>
    <message>
        <source>This page cannot be shown</source>
        <translation>‏לא ניתן להציג את הדף</translation>
    </message>
    <message>
        <source>Back to the start page</source>
        <translation>‏חזרה לדף הפתיחה</translation>
    </message>
    <message>
        <source>Waiting for a lead in the last {days} days: {n}</source>
        <translation>‏ממתינים לאחראי ב-⁨{days}⁩ הימים האחרונים: ⁨{n}⁩</translation>
    </message>
    <message>
        <source>RMA, order, tracking number, serial or SKU</source>
        <translation>‏RMA, הזמנה, מספר מעקב, מספר סידורי או מק&quot;ט</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>‏חפש</translation>
    </message>
    <message>
        <source>Export to CSV</source>
        <translation>‏ייצוא ל-CSV</translation>
    </message>
    <message>
        <source>Nothing found for {query}. Check the number and try again.</source>
        <translation>‏לא נמצא דבר עבור ⁨{query}⁩. בדקו את המספר ונסו שוב.</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>‏עמדה</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>‏הושלם</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>‏כניסה</translation>
    </message>
    <message>
        <source>Badge or sign-in name</source>
        <translation>‏תג או שם כניסה</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>‏סיסמה</translation>
    </message>
    <message>
        <source>Is everything there that belongs to it?</source>
        <translation>‏האם כל מה ששייך לפריט נמצא?</translation>
    </message>
    <message>
        <source>One-piece toys (a ball, a plush): yes when it is whole. Sets and kits: check against the parts list on the box or in the manual; over 200 pieces, weigh the bags and compare with the catalog weight.</source>
        <translation>‏צעצוע מחלק אחד (כדור, בובה רכה): כן, אם הוא שלם. ערכות: בדקו מול רשימת החלקים שעל הקופסה או בחוברת; מעל 200 חלקים, שקלו את השקיות והשוו למשקל שבקטלוג.</translation>
    </message>
    <message>
        <source>RESTOCK · Electronics</source>
        <translation>‏חזרה למלאי · אלקטרוניקה</translation>
    </message>
    <message>
        <source>RESTOCK · Apparel</source>
        <translation>‏חזרה למלאי · ביגוד</translation>
    </message>
    <message>
        <source>RESTOCK · Footwear</source>
        <translation>‏חזרה למלאי · הנעלה</translation>
    </message>
    <message>
        <source>RESTOCK · Home &amp; kitchen</source>
        <translation>‏חזרה למלאי · בית ומטבח</translation>
    </message>
    <message>
        <source>RESTOCK · Toys &amp; games</source>
        <translation>‏חזרה למלאי · צעצועים ומשחקים</translation>
    </message>
    <message>
        <source>OPEN BOX · resale</source>
        <translation>‏אריזה פתוחה · למכירה חוזרת</translation>
    </message>
    <message>
        <source>REFURBISH · Electronics bench</source>
        <translation>‏שיפוץ · עמדת אלקטרוניקה</translation>
    </message>
    <message>
        <source>REFURBISH · Clean and repair</source>
        <translation>‏שיפוץ · ניקוי ותיקון</translation>
    </message>
    <message>
        <source>REFURBISH · General</source>
        <translation>‏שיפוץ · כללי</translation>
    </message>
    <message>
        <source>DISPOSE · E-waste recycling</source>
        <translation>‏גריטה · מיחזור פסולת אלקטרונית</translation>
    </message>
    <message>
        <source>DISPOSE · Textile recycling</source>
        <translation>‏גריטה · מיחזור טקסטיל</translation>
    </message>
    <message>
        <source>DISPOSE · General</source>
        <translation>‏גריטה · כללי</translation>
    </message>
    <message>
        <source>HOLD · Exceptions desk</source>
        <translation>‏בהמתנה · דלפק חריגים</translation>
    </message>
    <message>
        <source>QUARANTINE · Lead&apos;s cage</source>
        <translation>‏הסגר · הכלוב של ראש המשמרת</translation>
    </message>
    <message>
        <source>{file} has too many pixels ({width}×{height}). Use a photo of at most {limit} megapixels.</source>
        <translation>‏ב־⁨{file}⁩ יש יותר מדי פיקסלים (⁨{width}⁩×⁨{height}⁩). השתמשו בתמונה של ⁨{limit}⁩ מגה־פיקסל לכל היותר.</translation>
    </message>
    <message>
        <source>{file} is cut short (the copy or upload stopped part way). Take the photo again or copy the file again.</source>
        <translation>‏⁨{file}⁩ קטוע (ההעתקה או ההעלאה נעצרה באמצע). צלמו שוב או העתיקו את הקובץ שוב.</translation>
    </message>
    <message>
        <source>{file} is damaged (cut short or corrupt) and cannot be checked. Take the photo again.</source>
        <translation>‏⁨{file}⁩ פגום (קטוע או משובש) ולא ניתן לבדוק אותו. צלמו שוב.</translation>
    </message>
    <message>
        <source>{file} is not a picture (JPEG, PNG, WebP, BMP or TIFF). Take the photo again or choose another file.</source>
        <translation>‏⁨{file}⁩ אינו תמונה (JPEG, PNG, WebP, BMP או TIFF). צלמו שוב או בחרו קובץ אחר.</translation>
    </message>
    <message>
        <source>{file} is a folder, not a photo.</source>
        <translation>‏⁨{file}⁩ הוא תיקייה, לא תמונה.</translation>
    </message>
    <message>
        <source>{file} cannot be opened ({problem}). Check the name and permissions.</source>
        <translation>‏לא ניתן לפתוח את ⁨{file}⁩ (⁨{problem}⁩). בדקו את השם ואת ההרשאות.</translation>
    </message>
    <message>
        <source>{where}, rule &apos;{rule}&apos;, question &apos;{question}&apos;</source>
        <translation>‏⁨{where}⁩, כלל &apos;⁨{rule}⁩&apos;, שאלה &apos;⁨{question}⁩&apos;</translation>
    </message>
    <message>
        <source>The grading rules cannot be used ({problem}). Items cannot be graded until a lead fixes the rules file.</source>
        <translation>‏לא ניתן להשתמש בכללי הדירוג (⁨{problem}⁩). אי אפשר לדרג פריטים עד שאחראי משמרת יתקן את קובץ הכללים.</translation>
    </message>
    <message>
        <source>a rule needs a &apos;grade&apos;, a &apos;flag&apos; or both</source>
        <translation>‏כלל צריך &apos;grade&apos;, &apos;flag&apos; או את שניהם</translation>
    </message>
    <message>
        <source>unknown grade &apos;{grade}&apos;; use one of {grades}</source>
        <translation>‏ציון לא מוכר &apos;⁨{grade}⁩&apos;; השתמשו באחד מאלה: ⁨{grades}⁩</translation>
    </message>
    <message>
        <source>a &apos;disposition&apos; needs a &apos;grade&apos; in the same rule</source>
        <translation>‏&apos;disposition&apos; צריך &apos;grade&apos; באותו כלל</translation>
    </message>
    <message>
        <source>unknown disposition &apos;{value}&apos;; use one of {choices}</source>
        <translation>‏יעד לא מוכר &apos;⁨{value}⁩&apos;; השתמשו באחד מאלה: ⁨{choices}⁩</translation>
    </message>
    <message>
        <source>unknown flag &apos;{flag}&apos;; use one of {flags} or add it to &apos;flags&apos;</source>
        <translation>‏סימון לא מוכר &apos;⁨{flag}⁩&apos;; השתמשו באחד מאלה: ⁨{flags}⁩, או הוסיפו אותו ל־&apos;flags&apos;</translation>
    </message>
    <message>
        <source>{where}, rule &apos;{rule}&apos;</source>
        <translation>‏⁨{where}⁩, כלל &apos;⁨{rule}⁩&apos;</translation>
    </message>
    <message>
        <source>no rules</source>
        <translation>‏אין כללים</translation>
    </message>
    <message>
        <source>category &apos;{category}&apos; has no rules of its own; only the rules for every category grade it</source>
        <translation>‏לקטגוריה &apos;⁨{category}⁩&apos; אין כללים משלה; רק הכללים לכל הקטגוריות מדרגים אותה</translation>
    </message>
    <message>
        <source>&apos;when&apos; (checklist {category} v{version})</source>
        <translation>‏&apos;when&apos; (רשימת בדיקה ⁨{category}⁩ גרסה ⁨{version}⁩)</translation>
    </message>
    <message>
        <source>{where}, question &apos;{question}&apos;</source>
        <translation>‏⁨{where}⁩, שאלה &apos;⁨{question}⁩&apos;</translation>
    </message>
    <message>
        <source>version {version} is also in {other} with different rules; give the newer file a higher version</source>
        <translation>‏גרסה ⁨{version}⁩ מופיעה גם ב־⁨{other}⁩ עם כללים אחרים; תנו לקובץ החדש יותר גרסה גבוהה יותר</translation>
    </message>
    <message>
        <source>the file should start with &apos;version:&apos; and hold &apos;every_category:&apos; and &apos;categories:&apos;</source>
        <translation>‏הקובץ צריך להתחיל ב־&apos;version:&apos; ולהכיל &apos;every_category:&apos; ו־&apos;categories:&apos;</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; lists {values} more than once</source>
        <translation>‏&apos;⁨{key}⁩&apos; מציין את ⁨{values}⁩ יותר מפעם אחת</translation>
    </message>
    <message>
        <source>disposition &apos;{value}&apos;: use lower-case letters, digits and _ only</source>
        <translation>‏יעד &apos;⁨{value}⁩&apos;: השתמשו רק באותיות לטיניות קטנות, ספרות ו־_</translation>
    </message>
    <message>
        <source>&apos;disposition_for_grade&apos; has no disposition for grade {grade}</source>
        <translation>‏ב־&apos;disposition_for_grade&apos; אין יעד לציון ⁨{grade}⁩</translation>
    </message>
    <message>
        <source>&apos;disposition_for_grade&apos; names grade &apos;{grade}&apos;, which is not in &apos;grades&apos;</source>
        <translation>‏&apos;disposition_for_grade&apos; מזכיר את הציון &apos;⁨{grade}⁩&apos;, שאינו ב־&apos;grades&apos;</translation>
    </message>
    <message>
        <source>rules for category &apos;{category}&apos;, which has no checklist loaded; they are not used</source>
        <translation>‏כללים לקטגוריה &apos;⁨{category}⁩&apos;, שאין לה רשימת בדיקה טעונה; לא נעשה בהם שימוש</translation>
    </message>
    <message>
        <source>no rules files (*.yaml) found</source>
        <translation>‏לא נמצאו קובצי כללים (*.yaml)</translation>
    </message>
    <message>
        <source>&apos;disposition_for_grade&apos; sends grade {grade} to &apos;{value}&apos;, which is not in &apos;dispositions&apos;</source>
        <translation>‏&apos;disposition_for_grade&apos; שולח את ציון ⁨{grade}⁩ אל &apos;⁨{value}⁩&apos;, שאינו ב־&apos;dispositions&apos;</translation>
    </message>
    <message>
        <source>the rule id &apos;{id}&apos; is used twice</source>
        <translation>‏מזהה הכלל &apos;⁨{id}⁩&apos; מופיע פעמיים</translation>
    </message>
    <message>
        <source>Restock</source>
        <translation>‏חזרה למלאי</translation>
    </message>
    <message>
        <source>Refurbish</source>
        <translation>‏שיפוץ</translation>
    </message>
    <message>
        <source>Dispose</source>
        <translation>‏גריטה</translation>
    </message>
    <message>
        <source>Return to vendor</source>
        <translation>‏החזרה לספק</translation>
    </message>
    <message>
        <source>Liquidate</source>
        <translation>‏מכירת חיסול</translation>
    </message>
    <message>
        <source>{disposition}: {reason}</source>
        <translation>‏⁨{disposition}⁩: ⁨{reason}⁩</translation>
    </message>
    <message>
        <source>{disposition}: {reason} ({questions})</source>
        <translation>‏⁨{disposition}⁩: ⁨{reason}⁩ (⁨{questions}⁩)</translation>
    </message>
    <message>
        <source>Grade &quot;{grade}&quot; is not on this warehouse&apos;s scale. Choose one of {grades}.</source>
        <translation>‏הציון &quot;⁨{grade}⁩&quot; אינו בסולם של המחסן הזה. בחרו אחד מאלה: ⁨{grades}⁩.</translation>
    </message>
    <message>
        <source>&quot;{disposition}&quot; is not a disposition used here. Choose one of {choices}.</source>
        <translation>‏&quot;⁨{disposition}⁩&quot; אינו יעד שמשתמשים בו כאן. בחרו אחד מאלה: ⁨{choices}⁩.</translation>
    </message>
    <message>
        <source>{reason} ({questions})</source>
        <translation>‏⁨{reason}⁩ (⁨{questions}⁩)</translation>
    </message>
    <message>
        <source>{file} is a folder, not an image. Choose an image file.</source>
        <translation>‏⁨{file}⁩ הוא תיקייה, לא תמונה. בחרו קובץ תמונה.</translation>
    </message>
    <message>
        <source>Image {file} is empty (0 bytes). Take or copy the photo again.</source>
        <translation>‏התמונה ⁨{file}⁩ ריקה (0 בתים). צלמו או העתיקו אותה שוב.</translation>
    </message>
    <message>
        <source>Image {file} is too large ({megabytes} MB; at most {limit} MB). Use a smaller photo.</source>
        <translation>‏התמונה ⁨{file}⁩ גדולה מדי (⁨{megabytes}⁩ MB; לכל היותר ⁨{limit}⁩ MB). השתמשו בתמונה קטנה יותר.</translation>
    </message>
    <message>
        <source>{file} is not a readable image (damaged, or not PNG, JPEG, WebP, BMP or TIFF). Take the photo again or scan the label.</source>
        <translation>‏⁨{file}⁩ אינה תמונה קריאה (פגומה, או לא PNG, JPEG, WebP, BMP או TIFF). צלמו שוב או סרקו את התווית.</translation>
    </message>
    <message>
        <source>Image {file} was not found. Check the name and folder.</source>
        <translation>‏התמונה ⁨{file}⁩ לא נמצאה. בדקו את השם ואת התיקייה.</translation>
    </message>
    <message>
        <source>Image {file} cannot be opened ({problem}). Check the file and its permissions.</source>
        <translation>‏לא ניתן לפתוח את התמונה ⁨{file}⁩ (⁨{problem}⁩). בדקו את הקובץ ואת ההרשאות שלו.</translation>
    </message>
    <message>
        <source>Image {file} cannot be read ({problem}). Check the file and its permissions.</source>
        <translation>‏לא ניתן לקרוא את התמונה ⁨{file}⁩ (⁨{problem}⁩). בדקו את הקובץ ואת ההרשאות שלו.</translation>
    </message>
    <message>
        <source>Badge {code} is not known at this station. Pick your name instead, or ask a lead.</source>
        <translation>‏התג ⁨{code}⁩ אינו מוכר בעמדה הזו. בחרו את שמכם, או פנו לאחראי משמרת.</translation>
    </message>
    <message>
        <source>This user cannot sign in here. Ask a lead.</source>
        <translation>‏המשתמש הזה לא יכול להיכנס כאן. פנו לאחראי משמרת.</translation>
    </message>
    <message>
        <source>That PIN is not right. Try again, or ask a lead to reset it.</source>
        <translation>‏הקוד האישי שגוי. נסו שוב, או בקשו מאחראי משמרת לאפס אותו.</translation>
    </message>
    <message>
        <source>The data folder {path} cannot be created ({problem}). Choose another with --data-dir.</source>
        <translation>‏לא ניתן ליצור את תיקיית הנתונים ⁨{path}⁩ (⁨{problem}⁩). בחרו תיקייה אחרת עם ‎--data-dir.</translation>
    </message>
    <message>
        <source>The station database is busy (another program holds it). Nothing was lost: try again in a moment, or restart the station if it keeps happening.</source>
        <translation>‏מסד הנתונים של העמדה תפוס (תוכנה אחרת מחזיקה בו). שום דבר לא אבד: נסו שוב בעוד רגע, או הפעילו מחדש את העמדה אם זה ממשיך.</translation>
    </message>
    <message>
        <source>The station cannot write to its disk (full or failing). Your last saved answer is kept. Call a lead.</source>
        <translation>‏העמדה לא יכולה לכתוב לדיסק (מלא או תקול). התשובה האחרונה שנשמרה נשמרת. קראו לאחראי משמרת.</translation>
    </message>
    <message>
        <source>{rma} line {line}: serial {serial} matches.</source>
        <translation>‏⁨{rma}⁩ שורה ⁨{line}⁩: המספר הסידורי ⁨{serial}⁩ תואם.</translation>
    </message>
    <message>
        <source>{rma} has already been inspected. Open that inspection, or scan the next label.</source>
        <translation>‏⁨{rma}⁩ כבר נבדק. פתחו את הבדיקה ההיא, או סרקו את התווית הבאה.</translation>
    </message>
    <message>
        <source>Label not recognised: no RMA, product or serial matches &quot;{text}&quot;. Find the product to inspect it as an unexpected return, type the RMA number, or call a lead.</source>
        <translation>‏התווית לא זוהתה: אין RMA, מוצר או מספר סידורי שתואמים ל־&quot;⁨{text}⁩&quot;. מצאו את המוצר כדי לבדוק אותו כהחזרה לא צפויה, הקלידו את מספר ה־RMA, או קראו לאחראי משמרת.</translation>
    </message>
    <message>
        <source>{rma} is not in the system. Find the product to inspect it as an unexpected return; a lead will review it.</source>
        <translation>‏⁨{rma}⁩ לא נמצא במערכת. מצאו את המוצר כדי לבדוק אותו כהחזרה לא צפויה; אחראי משמרת יבדוק אותו.</translation>
    </message>
    <message>
        <source>This is a carrier tracking label ({carrier}). Scan the RMA label or the item&apos;s barcode instead.</source>
        <translation>‏זו תווית מעקב של חברת משלוחים (⁨{carrier}⁩). סרקו במקומה את תווית ה־RMA או את הברקוד של הפריט.</translation>
    </message>
    <message>
        <source>Wrong item: the label&apos;s GTIN {gtin} ({scanned}) is not the {expected} on {rma}.</source>
        <translation>‏פריט שגוי: ה־GTIN שבתווית ⁨{gtin}⁩ (⁨{scanned}⁩) אינו ה־⁨{expected}⁩ שב־⁨{rma}⁩.</translation>
    </message>
    <message>
        <source>{name} has no RMA for this label. Inspect it as an unexpected return; a lead will review it.</source>
        <translation>‏ל־⁨{name}⁩ אין RMA לתווית הזו. בדקו אותו כהחזרה לא צפויה; אחראי משמרת יבדוק אותו.</translation>
    </message>
    <message>
        <source>Unexpected return: label &quot;{text}&quot; matches no RMA.</source>
        <translation>‏החזרה לא צפויה: התווית &quot;⁨{text}⁩&quot; לא תואמת לאף RMA.</translation>
    </message>
    <message>
        <source>Unexpected return: {rma} was not found.</source>
        <translation>‏החזרה לא צפויה: ⁨{rma}⁩ לא נמצא.</translation>
    </message>
    <message>
        <source>Unexpected return: no RMA found for GTIN {gtin}.</source>
        <translation>‏החזרה לא צפויה: לא נמצא RMA ל־GTIN ⁨{gtin}⁩.</translation>
    </message>
    <message>
        <source>Unexpected return: no RMA found for SKU {sku}.</source>
        <translation>‏החזרה לא צפויה: לא נמצא RMA למק״ט ⁨{sku}⁩.</translation>
    </message>
    <message>
        <source>There is no checklist for the category &quot;{category}&quot; at this station. Put the item aside and call a lead.</source>
        <translation>‏אין בעמדה הזו רשימת בדיקה לקטגוריה &quot;⁨{category}⁩&quot;. הניחו את הפריט בצד וקראו לאחראי משמרת.</translation>
    </message>
    <message>
        <source>This inspection is no longer open (it was completed or removed). Scan the next label.</source>
        <translation>‏הבדיקה הזו כבר לא פתוחה (היא הושלמה או הוסרה). סרקו את התווית הבאה.</translation>
    </message>
    <message>
        <source>Say why you change the grade or disposition (a few words), then complete.</source>
        <translation>‏כתבו למה אתם משנים את הציון או היעד (כמה מילים), ואז סיימו.</translation>
    </message>
    <message>
        <source>Grade {grade} is not on this warehouse&apos;s scale.</source>
        <translation>‏הציון ⁨{grade}⁩ אינו בסולם של המחסן הזה.</translation>
    </message>
    <message>
        <source>You are not an active user at this station. Sign in again, or ask an admin.</source>
        <translation>‏אינכם משתמש פעיל בעמדה הזו. היכנסו שוב, או פנו למנהל המערכת.</translation>
    </message>
    <message>
        <source>Only a shift lead may approve or regrade. You are signed in as {role}: ask a lead to decide.</source>
        <translation>‏רק אחראי משמרת רשאי לאשר או לשנות ציון. נכנסתם בתור ⁨{role}⁩: בקשו מאחראי משמרת להחליט.</translation>
    </message>
    <message>
        <source>You inspected this item yourself: another lead must review it.</source>
        <translation>‏בדקתם את הפריט הזה בעצמכם: אחראי משמרת אחר צריך לבדוק אותו.</translation>
    </message>
    <message>
        <source>Inspection {id} is not in this station&apos;s store. Sync, then try again.</source>
        <translation>‏הבדיקה ⁨{id}⁩ אינה במאגר של העמדה הזו. סנכרנו ונסו שוב.</translation>
    </message>
    <message>
        <source>Disposition {disposition} is not known here.</source>
        <translation>‏היעד ⁨{disposition}⁩ אינו מוכר כאן.</translation>
    </message>
    <message>
        <source>Grade {grade} and {disposition} is already the outcome. Choose another grade or disposition, or approve.</source>
        <translation>‏ציון ⁨{grade}⁩ ו־⁨{disposition}⁩ הם כבר התוצאה. בחרו ציון או יעד אחרים, או אשרו.</translation>
    </message>
    <message>
        <source>Say why you regrade (a few words): the reason goes into the evidence packet.</source>
        <translation>‏כתבו למה אתם משנים את הציון (כמה מילים): הסיבה נכנסת לתיק הראיות.</translation>
    </message>
    <message>
        <source>Product {sku} is no longer in the catalog. Call a lead.</source>
        <translation>‏המוצר ⁨{sku}⁩ כבר לא בקטלוג. קראו לאחראי משמרת.</translation>
    </message>
    <message>
        <source>Product {sku} is not in the catalog. Search by name or GTIN, or call a lead.</source>
        <translation>‏המוצר ⁨{sku}⁩ לא בקטלוג. חפשו לפי שם או GTIN, או קראו לאחראי משמרת.</translation>
    </message>
    <message>
        <source>That question is not part of this checklist now. Answer the one shown.</source>
        <translation>‏השאלה הזו כבר לא חלק מרשימת הבדיקה. ענו על השאלה שמוצגת.</translation>
    </message>
    <message>
        <source>The central database at {url} cannot be read ({problem}). Check the URL and that it is migrated.</source>
        <translation>‏לא ניתן לקרוא את מסד הנתונים המרכזי ב־⁨{url}⁩ (⁨{problem}⁩). בדקו את הכתובת ושהוא עודכן למבנה הנוכחי.</translation>
    </message>
    <message>
        <source>{text} is not an inspection id (a UUID such as 0193…-…). List them with `station inspections list`.</source>
        <translation>‏⁨{text}⁩ אינו מזהה בדיקה (UUID כמו 0193…-…). הציגו את הרשימה עם `station inspections list`.</translation>
    </message>
    <message>
        <source>Say where to write the PDF with -o FILE.pdf.</source>
        <translation>‏ציינו לאן לכתוב את ה־PDF עם ‎-o FILE.pdf.</translation>
    </message>
    <message>
        <source>No inspections were completed since {date}. Give an earlier date.</source>
        <translation>‏לא הושלמו בדיקות מאז ⁨{date}⁩. תנו תאריך מוקדם יותר.</translation>
    </message>
    <message>
        <source>Cannot write {path} ({problem}). Choose another file.</source>
        <translation>‏לא ניתן לכתוב את ⁨{path}⁩ (⁨{problem}⁩). בחרו קובץ אחר.</translation>
    </message>
    <message>
        <source>Slip for inspection {id} written to {path}.</source>
        <translation>‏תווית הדירוג לבדיקה ⁨{id}⁩ נכתבה אל ⁨{path}⁩.</translation>
    </message>
    <message>
        <source>Only the refurb team or a lead may record refurbishment and re-grade. Ask a lead.</source>
        <translation>‏רק צוות השיפוץ או אחראי משמרת רשאים לרשום שיפוץ ולדרג מחדש. פנו לאחראי משמרת.</translation>
    </message>
    <message>
        <source>Nothing in the refurb queue matches {text}. Scan the grading slip&apos;s QR code, or pick the item from the list.</source>
        <translation>‏שום דבר בתור השיפוץ לא תואם ל־⁨{text}⁩. סרקו את קוד ה־QR שבתווית הדירוג, או בחרו את הפריט מהרשימה.</translation>
    </message>
    <message>
        <source>No inspection {ref} at this station. Sync, or scan the slip again.</source>
        <translation>‏אין בעמדה הזו בדיקה ⁨{ref}⁩. סנכרנו, או סרקו שוב את התווית.</translation>
    </message>
    <message>
        <source>This item is not waiting for refurbishment: it is grade {grade}, {disposition}. Put it where its slip says.</source>
        <translation>‏הפריט הזה לא ממתין לשיפוץ: הוא בציון ⁨{grade}⁩, ⁨{disposition}⁩. שימו אותו במקום שכתוב בתווית שלו.</translation>
    </message>
    <message>
        <source>After refurbishment an item is restocked or disposed of.</source>
        <translation>‏אחרי שיפוץ פריט חוזר למלאי או נגרט.</translation>
    </message>
    <message>
        <source>This item is no longer at this station. Open the queue again.</source>
        <translation>‏הפריט הזה כבר לא בעמדה הזו. פתחו שוב את התור.</translation>
    </message>
    <message>
        <source>This item is no longer waiting for refurbishment. Open the queue again.</source>
        <translation>‏הפריט הזה כבר לא ממתין לשיפוץ. פתחו שוב את התור.</translation>
    </message>
    <message>
        <source>Record the work done on this item before you re-grade it.</source>
        <translation>‏רשמו את העבודה שנעשתה על הפריט לפני שתדרגו אותו מחדש.</translation>
    </message>
    <message>
        <source>Question {number} is not answered yet.</source>
        <translation>‏עדיין אין תשובה לשאלה ⁨{number}⁩.</translation>
    </message>
    <message>
        <source>The checklist still finds work to do (grade {grade}). Record more work and re-grade, or choose restock or dispose and say why.</source>
        <translation>‏רשימת הבדיקה עדיין מוצאת עבודה לעשות (ציון ⁨{grade}⁩). רשמו עבודה נוספת ודרגו מחדש, או בחרו חזרה למלאי או גריטה וכתבו למה.</translation>
    </message>
    <message>
        <source>Say why the item is to be {outcome} against the checklist (a few words).</source>
        <translation>‏כתבו למה הפריט יעבור ל⁨{outcome}⁩ בניגוד לרשימת הבדיקה (כמה מילים).</translation>
    </message>
    <message>
        <source>Say what was done (a few words), then save the work.</source>
        <translation>‏כתבו מה נעשה (כמה מילים), ואז שמרו את העבודה.</translation>
    </message>
    <message>
        <source>Enter the time spent in minutes (1 to {max}).</source>
        <translation>‏הזינו את הזמן שהושקע בדקות (1 עד ⁨{max}⁩).</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>‏כן</translation>
    </message>
    <message>
        <source>No</source>
        <translation>‏לא</translation>
    </message>
    <message>
        <source>Inspection {id} is not in this station&apos;s store. Sync, then open it again.</source>
        <translation>‏הבדיקה ⁨{id}⁩ אינה במאגר של העמדה הזו. סנכרנו ופתחו אותה שוב.</translation>
    </message>
    <message>
        <source>Scanned the label and started the inspection at {station}.</source>
        <translation>‏סרק/ה את התווית והתחיל/ה את הבדיקה בעמדה ⁨{station}⁩.</translation>
    </message>
    <message>
        <source>Took photo {sha}.</source>
        <translation>‏צילם/ה את התמונה ⁨{sha}⁩.</translation>
    </message>
    <message>
        <source>Completed: grade {grade}, {disposition}.</source>
        <translation>‏הושלם: ציון ⁨{grade}⁩, ⁨{disposition}⁩.</translation>
    </message>
    <message>
        <source>Approved {grade}/{disposition}.</source>
        <translation>‏אושר ⁨{grade}⁩/⁨{disposition}⁩.</translation>
    </message>
    <message>
        <source>Regraded {old_grade}/{old_disposition} to {grade}/{disposition}: {reason}</source>
        <translation>‏הציון שונה מ־⁨{old_grade}⁩/⁨{old_disposition}⁩ ל־⁨{grade}⁩/⁨{disposition}⁩: ⁨{reason}⁩</translation>
    </message>
    <message>
        <source>Changed the proposed {grade}/{disposition}: {reason}</source>
        <translation>‏שינה/תה את ההצעה ⁨{grade}⁩/⁨{disposition}⁩: ⁨{reason}⁩</translation>
    </message>
    <message>
        <source>original not in this store</source>
        <translation>‏המקור אינו במאגר הזה</translation>
    </message>
    <message>
        <source>SHA-256 verified now</source>
        <translation>‏SHA-256 אומת עכשיו</translation>
    </message>
    <message>
        <source>DOES NOT MATCH its SHA-256: file changed</source>
        <translation>‏לא תואם ל־SHA-256 שלו: הקובץ שונה</translation>
    </message>
    <message>
        <source>Evidence packet — inspection {id}</source>
        <translation>‏תיק ראיות — בדיקה ⁨{id}⁩</translation>
    </message>
    <message>
        <source>Made {when} at station {station}{by}. Times are local; photos are identified by the SHA-256 of the file as taken.</source>
        <translation>‏הופק ב־⁨{when}⁩ בעמדה ⁨{station}⁩⁨{by}⁩. השעות מקומיות; התמונות מזוהות לפי ה־SHA-256 של הקובץ כפי שצולם.</translation>
    </message>
    <message>
        <source>Item and return</source>
        <translation>‏הפריט וההחזרה</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>‏מוצר</translation>
    </message>
    <message>
        <source>GTIN / category / price</source>
        <translation>‏GTIN / קטגוריה / מחיר</translation>
    </message>
    <message>
        <source>Serial (found / expected)</source>
        <translation>‏מספר סידורי (נמצא / צפוי)</translation>
    </message>
    <message>
        <source>RMA / line / order</source>
        <translation>‏RMA / שורה / הזמנה</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>‏לקוח</translation>
    </message>
    <message>
        <source>Return reason</source>
        <translation>‏סיבת ההחזרה</translation>
    </message>
    <message>
        <source>Purchase date</source>
        <translation>‏תאריך רכישה</translation>
    </message>
    <message>
        <source>Label as scanned</source>
        <translation>‏התווית כפי שנסרקה</translation>
    </message>
    <message>
        <source>Inspector / station</source>
        <translation>‏בודק/ת / עמדה</translation>
    </message>
    <message>
        <source>Started / completed</source>
        <translation>‏התחלה / סיום</translation>
    </message>
    <message>
        <source>Checklist / rules</source>
        <translation>‏רשימת בדיקה / כללים</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>‏תוצאה</translation>
    </message>
    <message>
        <source>Proposed by the rules</source>
        <translation>‏הצעת הכללים</translation>
    </message>
    <message>
        <source>Set by the inspector</source>
        <translation>‏נקבע על ידי הבודק/ת</translation>
    </message>
    <message>
        <source>Current (after reviews)</source>
        <translation>‏נוכחי (אחרי ביקורות)</translation>
    </message>
    <message>
        <source>Reasons for the grade</source>
        <translation>‏הסיבות לציון</translation>
    </message>
    <message>
        <source>Checklist answers</source>
        <translation>‏תשובות רשימת הבדיקה</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>‏ביקורות</translation>
    </message>
    <message>
        <source>Photos ({count})</source>
        <translation>‏תמונות (⁨{count}⁩)</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation>‏רשומות ביקורת</translation>
    </message>
    <message>
        <source>Each entry&apos;s hash covers the one before it at the same station; `station audit verify` checks the chains.</source>
        <translation>‏הגיבוב של כל רשומה מכסה את הרשומה שלפניה באותה עמדה; `station audit verify` בודק את השרשראות.</translation>
    </message>
    <message>
        <source>Why a lead reviewed it</source>
        <translation>‏למה אחראי משמרת בדק את זה</translation>
    </message>
    <message>
        <source>No lead has reviewed this inspection yet.</source>
        <translation>‏אף אחראי משמרת עוד לא בדק את הבדיקה הזו.</translation>
    </message>
    <message>
        <source>Photo {n} of {total} — taken {when}{prompt}</source>
        <translation>‏תמונה ⁨{n}⁩ מתוך ⁨{total}⁩ — צולמה ב־⁨{when}⁩⁨{prompt}⁩</translation>
    </message>
    <message>
        <source>SHA-256 {sha} · {width}×{height} px · {size} bytes · {check}</source>
        <translation>‏SHA-256 ⁨{sha}⁩ · ⁨{width}⁩×⁨{height}⁩ פיקסלים · ⁨{size}⁩ בתים · ⁨{check}⁩</translation>
    </message>
    <message>
        <source>The evidence packet could not be written to {path} ({problem}). Choose another folder.</source>
        <translation>‏לא ניתן היה לכתוב את תיק הראיות אל ⁨{path}⁩ (⁨{problem}⁩). בחרו תיקייה אחרת.</translation>
    </message>
    <message>
        <source>(the photo file is not in this store)</source>
        <translation>‏(קובץ התמונה אינו במאגר הזה)</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>‏מס׳</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>‏שאלה</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>‏תשובה</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>‏נענה</translation>
    </message>
    <message>
        <source>Station #</source>
        <translation>‏עמדה #</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>‏מי</translation>
    </message>
    <message>
        <source>What</source>
        <translation>‏מה</translation>
    </message>
    <message>
        <source>When</source>
        <translation>‏מתי</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>‏גיבוב</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>‏אחראי/ת משמרת</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>‏החלטה</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>‏סיבה</translation>
    </message>
    <message>
        <source>Disposal of an item worth {price} (review from {limit}).</source>
        <translation>‏גריטה של פריט בשווי ⁨{price}⁩ (ביקורת החל מ־⁨{limit}⁩).</translation>
    </message>
    <message>
        <source>Random quality sample.</source>
        <translation>‏מדגם איכות אקראי.</translation>
    </message>
    <message>
        <source>{name} is locked out after too many wrong PINs. A shift lead or an admin must unlock the sign-in first (Unlock on the sign-in screen, or `station users unlock`).</source>
        <translation>‏הכניסה של ⁨{name}⁩ ננעלה אחרי יותר מדי קודים שגויים. אחראי/ת משמרת או מנהל/ת מערכת צריכים לשחרר אותה קודם (״שחרור״ במסך הכניסה, או `station users unlock`).</translation>
    </message>
    <message>
        <source>That PIN is not right. Wait {seconds} s, then try again.</source>
        <translation>‏הקוד האישי שגוי. המתינו ⁨{seconds}⁩ שניות ונסו שוב.</translation>
    </message>
    <message>
        <source>A PIN is 4 to 6 digits (0–9); {length} characters given. Choose another PIN.</source>
        <translation>‏קוד אישי הוא 4 עד 6 ספרות (0–9); הוזנו ⁨{length}⁩ תווים. בחרו קוד אחר.</translation>
    </message>
    <message>
        <source>A PIN is 4 to 6 digits. Type it again.</source>
        <translation>‏קוד אישי הוא 4 עד 6 ספרות. הקלידו אותו שוב.</translation>
    </message>
    <message>
        <source>Nobody unlocks their own sign-in. Ask another shift lead or an admin.</source>
        <translation>‏אי אפשר לשחרר את הכניסה של עצמך. פנו לאחראי/ת משמרת אחר/ת או למנהל/ת מערכת.</translation>
    </message>
    <message>
        <source>Only a shift lead or an admin can unlock {name}. Ask one to come.</source>
        <translation>‏רק אחראי/ת משמרת או מנהל/ת מערכת יכולים לשחרר את ⁨{name}⁩. בקשו מאחד מהם לבוא.</translation>
    </message>
    <message>
        <source>This user is not known at this station. Ask an admin.</source>
        <translation>‏המשתמש אינו מוכר בעמדה הזו. פנו למנהל/ת מערכת.</translation>
    </message>
    <message>
        <source>This is the label of an item already inspected ({reference}, {when}). Open it in Review or Refurb, or scan the parcel&apos;s return label to inspect another item.</source>
        <translation>‏זו התווית של פריט שכבר נבדק (⁨{reference}⁩, ⁨{when}⁩). פתחו אותו בסקירה או בשיפוץ, או סרקו את תווית ההחזרה של החבילה כדי לבדוק פריט אחר.</translation>
    </message>
    <message>
        <source>Question {number} needs at least one answer: press the number of each that applies, then Enter.</source>
        <translation>‏שאלה ⁨{number}⁩ צריכה לפחות תשובה אחת: הקישו את המספר של כל תשובה מתאימה, ואז Enter.</translation>
    </message>
    <message>
        <source>A photo is still needed: {prompt}</source>
        <translation>‏עדיין נדרשת תמונה: ⁨{prompt}⁩</translation>
    </message>
    <message>
        <source>No photo was given. Take the photo again.</source>
        <translation>‏לא התקבלה תמונה. צלמו שוב.</translation>
    </message>
    <message>
        <source>Inspector changed the outcome: {reason}</source>
        <translation>‏הבודק/ת שינה/תה את התוצאה: ⁨{reason}⁩</translation>
    </message>
    <message>
        <source>Audit event #{seq} of station {station} does not match its hash: it was changed or inserted after the chain was written.</source>
        <translation>‏אירוע ביקורת #⁨{seq}⁩ של העמדה ⁨{station}⁩ לא תואם לגיבוב שלו: הוא שונה או נוסף אחרי שהשרשרת נכתבה.</translation>
    </message>
    <message>
        <source>Photo {sha} ({table} {id}) is missing from the evidence store.</source>
        <translation>‏התמונה ⁨{sha}⁩ (⁨{table}⁩ ⁨{id}⁩) חסרה במאגר הראיות.</translation>
    </message>
    <message>
        <source>Photo {sha} ({table} {id}) no longer matches its SHA-256: the file was changed.</source>
        <translation>‏התמונה ⁨{sha}⁩ (⁨{table}⁩ ⁨{id}⁩) כבר לא תואמת ל־SHA-256 שלה: הקובץ שונה.</translation>
    </message>
    <message>
        <source>Name the central database: station central init --url postgresql://USER@HOST/DB</source>
        <translation>‏ציינו את מסד הנתונים המרכזי: station central init --url postgresql://USER@HOST/DB</translation>
    </message>
    <message>
        <source>The import could not be written to the database ({problem}). Nothing was imported; check the database and try again.</source>
        <translation>‏לא ניתן היה לכתוב את הייבוא למסד הנתונים (⁨{problem}⁩). שום דבר לא יובא; בדקו את מסד הנתונים ונסו שוב.</translation>
    </message>
    <message>
        <source>The export file {path} cannot be written ({problem}). Choose another place.</source>
        <translation>‏לא ניתן לכתוב את קובץ הייצוא ⁨{path}⁩ (⁨{problem}⁩). בחרו מקום אחר.</translation>
    </message>
    <message>
        <source>{file}, {problem}</source>
        <translation>‏⁨{file}⁩, ⁨{problem}⁩</translation>
    </message>
    <message>
        <source>good</source>
        <translation>‏תקין</translation>
    </message>
    <message>
        <source>Sharp photo: {sharp:.1f}; blurred photo: {blurred:.1f}. Suggested blur limit for camera {camera}: {limit:.1f}.</source>
        <translation>‏תמונה חדה: ⁨{sharp:.1f}⁩; תמונה מטושטשת: ⁨{blurred:.1f}⁩. סף טשטוש מומלץ למצלמה ⁨{camera}⁩: ⁨{limit:.1f}⁩.</translation>
    </message>
    <message>
        <source>The same picture (distance {distance} of 64 bits).</source>
        <translation>‏אותה תמונה (מרחק ⁨{distance}⁩ מתוך 64 ביטים).</translation>
    </message>
    <message>
        <source>Different pictures (distance {distance} of 64 bits).</source>
        <translation>‏תמונות שונות (מרחק ⁨{distance}⁩ מתוך 64 ביטים).</translation>
    </message>
    <message>
        <source>Saved in {path}.</source>
        <translation>‏נשמר ב־⁨{path}⁩.</translation>
    </message>
    <message>
        <source>The number of inspections cannot be negative.</source>
        <translation>‏מספר הבדיקות לא יכול להיות שלילי.</translation>
    </message>
    <message>
        <source>There are no RMAs with a known checklist, or no users, to make inspections from. Run `station demo load` first.</source>
        <translation>‏אין RMA עם רשימת בדיקה מוכרת, או שאין משתמשים, כדי ליצור מהם בדיקות. הריצו קודם `station demo load`.</translation>
    </message>
    <message>
        <source>This may not be the product on the RMA: the photo matches its catalog picture {score} %. Check the item; a lead will look at it.</source>
        <translation>‏ייתכן שזה לא המוצר שב־RMA: התמונה תואמת לתמונת הקטלוג שלו ב־⁦{score}%⁩. בדקו את הפריט; אחראי משמרת יבדוק אותו.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a GTIN (8 to 14 digits)</source>
        <translation>‏&apos;⁨{value}⁩&apos; אינו GTIN (8 עד 14 ספרות)</translation>
    </message>
    <message>
        <source>&apos;{value}&apos;: use lower-case letters, digits and _ (like home_kitchen)</source>
        <translation>‏&apos;⁨{value}⁩&apos;: השתמשו באותיות לטיניות קטנות, ספרות ו־_ (כמו home_kitchen)</translation>
    </message>
    <message>
        <source>GTIN {gtin} belongs to {other} already</source>
        <translation>‏ה־GTIN ⁨{gtin}⁩ כבר שייך ל־⁨{other}⁩</translation>
    </message>
    <message>
        <source>line {line}: {problem}</source>
        <translation>‏שורה ⁨{line}⁩: ⁨{problem}⁩</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; should be true or false</source>
        <translation>‏&apos;⁨{value}⁩&apos; צריך להיות true או false</translation>
    </message>
    <message>
        <source>line {line}, field &apos;{field}&apos;: {problem}</source>
        <translation>‏שורה ⁨{line}⁩, שדה &apos;⁨{field}⁩&apos;: ⁨{problem}⁩</translation>
    </message>
    <message>
        <source>is longer than {limit} characters</source>
        <translation>‏ארוך מ־⁨{limit}⁩ תווים</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; may hold letters, digits and - _ . / only</source>
        <translation>‏&apos;⁨{value}⁩&apos; יכול להכיל רק אותיות, ספרות ו־- _ . /</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not an amount from 0 up</source>
        <translation>‏&apos;⁨{value}⁩&apos; אינו סכום של 0 ומעלה</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a whole number</source>
        <translation>‏&apos;⁨{value}⁩&apos; אינו מספר שלם</translation>
    </message>
    <message>
        <source>must be at least {minimum}</source>
        <translation>‏חייב להיות לפחות ⁨{minimum}⁩</translation>
    </message>
    <message>
        <source>The file {path} cannot be opened ({problem}). Check the name and try again.</source>
        <translation>‏לא ניתן לפתוח את הקובץ ⁨{path}⁩ (⁨{problem}⁩). בדקו את השם ונסו שוב.</translation>
    </message>
    <message>
        <source>The file {path} has no column {columns} (it has: {found}). Fix the header line and import again.</source>
        <translation>‏בקובץ ⁨{path}⁩ אין עמודה ⁨{columns}⁩ (יש בו: ⁨{found}⁩). תקנו את שורת הכותרת וייבאו שוב.</translation>
    </message>
    <message>
        <source>is empty; it is required</source>
        <translation>‏ריק; זה שדה חובה</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not an amount such as 49.90</source>
        <translation>‏&apos;⁨{value}⁩&apos; אינו סכום כמו 49.90</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date such as 2026-11-24</source>
        <translation>‏&apos;⁨{value}⁩&apos; אינו תאריך כמו ⁦2026-11⁩-24</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a month such as 2026-11</source>
        <translation>‏&apos;⁨{value}⁩&apos; אינו חודש כמו ⁦2026-11⁩</translation>
    </message>
    <message>
        <source>No refund yet: there is no RMA for this item, so no customer to pay. A lead finds the order.</source>
        <translation>‏עדיין אין החזר: אין RMA לפריט הזה, ולכן אין לקוח לשלם לו. אחראי משמרת יאתר את ההזמנה.</translation>
    </message>
    <message>
        <source>Repeat returner: {customer} has {count} returns within {days} days (the limit is {limit}).</source>
        <translation>‏מחזיר סדרתי: ל־⁨{customer}⁩ יש ⁨{count}⁩ החזרות בתוך ⁨{days}⁩ ימים (המגבלה היא ⁨{limit}⁩).</translation>
    </message>
    <message>
        <source>The serial on the item ({scanned}) is not the one sold ({sold}): possibly a swapped item.</source>
        <translation>‏המספר הסידורי שעל הפריט (⁨{scanned}⁩) אינו זה שנמכר (⁨{sold}⁩): ייתכן שהפריט הוחלף.</translation>
    </message>
    <message>
        <source>Returned as &quot;{reason}&quot;, but shows signs of use: {signs}.</source>
        <translation>‏הוחזר בטענה &quot;⁨{reason}⁩&quot;, אבל יש סימני שימוש: ⁨{signs}⁩.</translation>
    </message>
    <message>
        <source>{where}, field &apos;{field}&apos;: {problem}</source>
        <translation>‏⁨{where}⁩, שדה &apos;⁨{field}⁩&apos;: ⁨{problem}⁩</translation>
    </message>
    <message>
        <source>The return policy {file} cannot be used: {problem}. Fix the file or ask a lead.</source>
        <translation>‏לא ניתן להשתמש במדיניות ההחזרה ⁨{file}⁩: ⁨{problem}⁩. תקנו את הקובץ או פנו לאחראי משמרת.</translation>
    </message>
    <message>
        <source>the file should be a set of keys (&apos;key: value&apos; lines)</source>
        <translation>‏הקובץ צריך להיות קבוצת מפתחות (שורות &apos;key: value&apos;)</translation>
    </message>
    <message>
        <source>the category &apos;{category}&apos; has another policy file already</source>
        <translation>‏לקטגוריה &apos;⁨{category}⁩&apos; כבר יש קובץ מדיניות אחר</translation>
    </message>
    <message>
        <source>grade &apos;{grade}&apos; has no terms</source>
        <translation>‏לציון &apos;⁨{grade}⁩&apos; אין תנאים</translation>
    </message>
    <message>
        <source>unknown time zone &apos;{zone}&apos;: use a name such as Europe/Berlin, or local</source>
        <translation>‏אזור זמן לא מוכר &apos;⁨{zone}⁩&apos;: השתמשו בשם כמו Asia/Jerusalem, או local</translation>
    </message>
    <message>
        <source>grade &apos;{grade}&apos; is not on the grading scale ({scale})</source>
        <translation>‏הציון &apos;⁨{grade}⁩&apos; אינו בסולם הדירוג (⁨{scale}⁩)</translation>
    </message>
    <message>
        <source>question &apos;{question}&apos; is not in the {category} checklist</source>
        <translation>‏השאלה &apos;⁨{question}⁩&apos; אינה ברשימת הבדיקה ⁨{category}⁩</translation>
    </message>
    <message>
        <source>{settlement} {amount} (price {price}, fee {fee}): {why}.</source>
        <translation>‏⁨{settlement}⁩ ⁨{amount}⁩ (מחיר ⁨{price}⁩, עמלה ⁨{fee}⁩): ⁨{why}⁩.</translation>
    </message>
    <message>
        <source>{name}</source>
        <translation>‏⁨{name}⁩</translation>
    </message>
    <message>
        <source>This station is still fetching its earlier records as {station} from the central database. Wait until the header shows it synced, then try again.</source>
        <translation>‏העמדה עדיין מורידה ממסד הנתונים המרכזי את הרשומות הקודמות שלה כ־⁨{station}⁩. המתינו עד שבראש המסך יופיע &quot;מסונכרן&quot;, ונסו שוב.</translation>
    </message>
    <message>
        <source>{file} has too many pixels ({width}×{height}); at most {limit} million. Use a smaller photo.</source>
        <translation>‏ב־⁨{file}⁩ יש יותר מדי פיקסלים (⁨{width}⁩×⁨{height}⁩); לכל היותר ⁨{limit}⁩ מיליון. השתמשו בתמונה קטנה יותר.</translation>
    </message>
    <message>
        <source>{file} declares a gigantic picture (over {limit} million pixels); it is not a photo. Use a smaller photo.</source>
        <translation>‏⁨{file}⁩ מצהיר על תמונה ענקית (מעל ⁨{limit}⁩ מיליון פיקסלים); זו לא תמונה של מצלמה. השתמשו בתמונה קטנה יותר.</translation>
    </message>
    <message>
        <source>Nothing was imported: a file is imported whole or not at all.</source>
        <translation>‏דבר לא יובא: קובץ מיובא בשלמותו או לא בכלל.</translation>
    </message>
    <message>
        <source>{file}: {problem} {nothing}</source>
        <translation>‏⁨{file}⁩: ⁨{problem}⁩ ⁨{nothing}⁩</translation>
    </message>
    <message>
        <source>line {line} holds a cell of more than {limit} characters. No field of an import is that long: a quote (&quot;) is not closed, or the file is damaged. Fix it and import again.</source>
        <translation>‏בשורה ⁨{line}⁩ יש תא של יותר מ־⁨{limit}⁩ תווים. אין שדה ייבוא ארוך כל כך: מירכאה (&quot;) לא נסגרה, או שהקובץ פגום. תקנו וייבאו שוב.</translation>
    </message>
    <message>
        <source>the file is saved as UTF-16 text. Save it as CSV UTF-8 and import again.</source>
        <translation>‏הקובץ שמור כטקסט UTF-16. שמרו אותו כ־CSV UTF-8 וייבאו שוב.</translation>
    </message>
    <message>
        <source>the quote (&quot;) that opens a cell on line {line} is never closed, so the rest of the file would be one cell. Close it, or write a quote inside a cell as two (&quot;&quot;), and import again.</source>
        <translation>‏המירכאה (&quot;) שפותחת תא בשורה ⁨{line}⁩ לא נסגרת, כך שכל שאר הקובץ היה לתא אחד. סגרו אותה, או כתבו מירכאה בתוך תא כשתיים (&quot;&quot;), וייבאו שוב.</translation>
    </message>
    <message>
        <source>line {line} is not valid CSV ({detail}). Fix the line and import again.</source>
        <translation>‏שורה ⁨{line}⁩ אינה CSV תקין (⁨{detail}⁩). תקנו את השורה וייבאו שוב.</translation>
    </message>
    <message>
        <source>the header line holds NUL characters: the file is saved as UTF-16 or is no text file. Save it as CSV UTF-8 and import again.</source>
        <translation>‏בשורת הכותרת יש תווי NUL: הקובץ שמור כ־UTF-16 או שאינו קובץ טקסט. שמרו אותו כ־CSV UTF-8 וייבאו שוב.</translation>
    </message>
    <message>
        <source>the header line names the column {columns} more than once. Fix the header line and import again.</source>
        <translation>‏שורת הכותרת מציינת את העמודה ⁨{columns}⁩ יותר מפעם אחת. תקנו את שורת הכותרת וייבאו שוב.</translation>
    </message>
    <message>
        <source>holds the control character {char}, which no text of an import may hold (the file may be damaged); fix the cell</source>
        <translation>‏מכיל את תו הבקרה ⁨{char}⁩, שאסור בשום טקסט של ייבוא (ייתכן שהקובץ פגום); תקנו את התא</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is too large (at most {maximum})</source>
        <translation>‏&apos;⁨{value}⁩&apos; גדול מדי (לכל היותר ⁨{maximum}⁩)</translation>
    </message>
    <message>
        <source>the file is {megabytes} MB; an import file is at most {limit} MB. Split it and import the parts.</source>
        <translation>‏הקובץ הוא ⁨{megabytes}⁩ MB; קובץ ייבוא הוא לכל היותר ⁨{limit}⁩ MB. פצלו אותו וייבאו את החלקים.</translation>
    </message>
    <message>
        <source>line {line} holds bytes that are not UTF-8 text: the file is saved in another encoding (such as Latin-1 or Windows-1252) or is no CSV file at all. Save it as CSV UTF-8 and import again.</source>
        <translation>‏בשורה ⁨{line}⁩ יש בתים שאינם טקסט UTF-8: הקובץ שמור בקידוד אחר (כמו Latin-1 או Windows-1252) או שאינו קובץ CSV כלל. שמרו אותו כ־CSV UTF-8 וייבאו שוב.</translation>
    </message>
    <message>
        <source>{value} is also on line {others}; a file may hold it once only, so none of these lines was imported. Keep one of them and import again.</source>
        <translation>‏⁨{value}⁩ מופיע גם בשורה ⁨{others}⁩; בקובץ הוא יכול להופיע פעם אחת בלבד, ולכן אף אחת מהשורות האלה לא יובאה. השאירו אחת מהן וייבאו שוב.</translation>
    </message>
    <message>
        <source>has {count} cells, more than the {columns} columns of the header: a cell that holds a comma needs quotes (&quot;Smith, Ann&quot;). Fix the line and import again.</source>
        <translation>‏יש בה ⁨{count}⁩ תאים, יותר מ־⁨{columns}⁩ העמודות של הכותרת: תא שמכיל פסיק צריך מירכאות (&quot;Smith, Ann&quot;). תקנו את השורה וייבאו שוב.</translation>
    </message>
    <message>
        <source>No event {id} in the central database.</source>
        <translation>‏אין אירוע ⁨{id}⁩ במסד הנתונים המרכזי.</translation>
    </message>
    <message>
        <source>{id} is not an event id (a UUID, as `station central events list` shows).</source>
        <translation>‏⁨{id}⁩ אינו מזהה אירוע (UUID, כפי ש־`station central events list` מציג).</translation>
    </message>
    <message>
        <source>Destination {name}: {url} is not an http(s) URL. Fix the destinations file.</source>
        <translation>‏יעד ⁨{name}⁩: ⁨{url}⁩ אינו כתובת http(s). תקנו את קובץ היעדים.</translation>
    </message>
    <message>
        <source>Destination {name}: the environment variable {variable} with its secret is not set. Set it for the relay (systemd: Environment= or EnvironmentFile=).</source>
        <translation>‏יעד ⁨{name}⁩: משתנה הסביבה ⁨{variable}⁩ עם הסוד שלו לא הוגדר. הגדירו אותו עבור הממסר (systemd: Environment= או EnvironmentFile=).</translation>
    </message>
    <message>
        <source>Destination {name}: {url} is not a URL ({problem}). Fix the destinations file.</source>
        <translation>‏יעד ⁨{name}⁩: ⁨{url}⁩ אינו כתובת (⁨{problem}⁩). תקנו את קובץ היעדים.</translation>
    </message>
    <message>
        <source>Destination {name} is named twice in the destinations file.</source>
        <translation>‏היעד ⁨{name}⁩ מופיע פעמיים בקובץ היעדים.</translation>
    </message>
    <message>
        <source>Destination {name}: unknown event types {types}. Known: {known}.</source>
        <translation>‏יעד ⁨{name}⁩: סוגי אירועים לא מוכרים ⁨{types}⁩. מוכרים: ⁨{known}⁩.</translation>
    </message>
    <message>
        <source>The destinations file {path} cannot be read ({problem}).</source>
        <translation>‏אי אפשר לקרוא את קובץ היעדים ⁨{path}⁩ (⁨{problem}⁩).</translation>
    </message>
    <message>
        <source>The destinations file {path} is not valid YAML ({problem}).</source>
        <translation>‏קובץ היעדים ⁨{path}⁩ אינו YAML תקין (⁨{problem}⁩).</translation>
    </message>
    <message>
        <source>The destinations file {path}: {where} ({name}): {problem}.</source>
        <translation>‏קובץ היעדים ⁨{path}⁩: ⁨{where}⁩ (⁨{name}⁩): ⁨{problem}⁩.</translation>
    </message>
    <message>
        <source>Destination {name}: the secret in {variable} is not a Standard Webhooks secret (whsec_ and base64).</source>
        <translation>‏יעד ⁨{name}⁩: הסוד ב־⁨{variable}⁩ אינו סוד של Standard Webhooks (whsec_ ו־base64).</translation>
    </message>
    <message>
        <source>Destination {name}: a Shopify return is processed once, at inspection; list only inspection.completed.</source>
        <translation>‏יעד ⁨{name}⁩: החזרה ב־Shopify מעובדת פעם אחת, בבדיקה; ציינו רק inspection.completed.</translation>
    </message>
    <message>
        <source>Destination {name}: a WooCommerce refund is made once, at inspection; list only inspection.completed.</source>
        <translation>‏יעד ⁨{name}⁩: החזר כספי ב־WooCommerce נעשה פעם אחת, בבדיקה; ציינו רק inspection.completed.</translation>
    </message>
    <message>
        <source>Destination {name}: the customer&apos;s e-mail says what was found at inspection; list only inspection.completed.</source>
        <translation>‏יעד ⁨{name}⁩: המייל ללקוח מספר מה נמצא בבדיקה; ציינו רק inspection.completed.</translation>
    </message>
    <message>
        <source>The destinations file names no destination: nothing to relay.</source>
        <translation>‏קובץ היעדים אינו מציין אף יעד: אין מה להעביר.</translation>
    </message>
    <message>
        <source>grade {grade} under the {category} policy</source>
        <translation>‏ציון ⁨{grade}⁩ לפי מדיניות ⁨{category}⁩</translation>
    </message>
    <message>
        <source>as the policy says</source>
        <translation>‏כפי שקובעת המדיניות</translation>
    </message>
    <message>
        <source>{first}; {second}</source>
        <translation>‏⁨{first}⁩; ⁨{second}⁩</translation>
    </message>
    <message>
        <source>{category} items are not returnable under the warehouse policy: no refund.</source>
        <translation>‏פריטי ⁨{category}⁩ אינם ניתנים להחזרה לפי מדיניות המחסן: אין החזר.</translation>
    </message>
    <message>
        <source>No return policy for {category}: full refund recommended; a lead may set terms.</source>
        <translation>‏אין מדיניות החזרה ל־⁨{category}⁩: מומלץ החזר מלא; אחראי משמרת יכול לקבוע תנאים.</translation>
    </message>
    <message>
        <source>nothing back for this grade</source>
        <translation>‏אין החזר לציון הזה</translation>
    </message>
    <message>
        <source>the customer&apos;s reason &quot;{reason}&quot; calls for an exchange</source>
        <translation>‏סיבת הלקוח &quot;⁨{reason}⁩&quot; מתאימה להחלפה</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>‏החזר כספי</translation>
    </message>
    <message>
        <source>Store credit</source>
        <translation>‏זיכוי לחנות</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>‏החלפה</translation>
    </message>
    <message>
        <source>No refund</source>
        <translation>‏ללא החזר</translation>
    </message>
    <message>
        <source>full price</source>
        <translation>‏מחיר מלא</translation>
    </message>
    <message>
        <source>no purchase date: {settlement} at most</source>
        <translation>‏אין תאריך רכישה: לכל היותר ⁨{settlement}⁩</translation>
    </message>
    <message>
        <source>{percent} % restocking fee</source>
        <translation>‏עמלת החזרה למלאי של ⁦{percent}%⁩</translation>
    </message>
    <message>
        <source>outside the return window: {settlement} at most</source>
        <translation>‏מחוץ לחלון ההחזרה: לכל היותר ⁨{settlement}⁩</translation>
    </message>
    <message>
        <source>restocking fee {fee}</source>
        <translation>‏עמלת החזרה למלאי ⁨{fee}⁩</translation>
    </message>
    <message>
        <source>no restocking fee</source>
        <translation>‏ללא עמלת החזרה למלאי</translation>
    </message>
    <message>
        <source>Changed my mind</source>
        <translation>‏התחרטתי</translation>
    </message>
    <message>
        <source>Not as described</source>
        <translation>‏לא כמו בתיאור</translation>
    </message>
    <message>
        <source>Arrived damaged</source>
        <translation>‏הגיע פגום</translation>
    </message>
    <message>
        <source>Wrong size</source>
        <translation>‏מידה לא נכונה</translation>
    </message>
    <message>
        <source>Unopened, no longer needed</source>
        <translation>‏לא נפתח, כבר לא נחוץ</translation>
    </message>
    <message>
        <source>Wrong item sent</source>
        <translation>‏נשלח פריט שגוי</translation>
    </message>
    <message>
        <source>purchase</source>
        <translation>‏רכישה</translation>
    </message>
    <message>
        <source>Inside the {days}-day window from {start} ({return_kind} {day}, last day {last}).</source>
        <translation>‏בתוך חלון של ⁨{days}⁩ ימים מ־⁨{start}⁩ (⁨{return_kind}⁩ ⁨{day}⁩, יום אחרון ⁨{last}⁩).</translation>
    </message>
    <message>
        <source>delivery</source>
        <translation>‏משלוח</translation>
    </message>
    <message>
        <source>The RMA has no purchase date: the return window ({days} days) could not be checked.</source>
        <translation>‏ב־RMA אין תאריך רכישה: לא ניתן היה לבדוק את חלון ההחזרה (⁨{days}⁩ ימים).</translation>
    </message>
    <message>
        <source>received</source>
        <translation>‏התקבל</translation>
    </message>
    <message>
        <source>requested</source>
        <translation>‏התבקש</translation>
    </message>
    <message>
        <source>The RMA has no return request date: the return window ({days} days from {start}) was not checked.</source>
        <translation>‏ב־RMA אין תאריך בקשת החזרה: חלון ההחזרה (⁨{days}⁩ ימים מ־⁨{start}⁩) לא נבדק.</translation>
    </message>
    <message>
        <source>The put-away rules cannot be used ({problem}). Put items aside and call a lead to fix the put-away file.</source>
        <translation>‏לא ניתן להשתמש בכללי האחסון (⁨{problem}⁩). הניחו את הפריטים בצד וקראו לראש משמרת לתקן את קובץ האחסון.</translation>
    </message>
    <message>
        <source>zone &apos;{zone}&apos; is not listed under &apos;zones&apos;</source>
        <translation>‏האזור &apos;⁨{zone}⁩&apos; אינו מופיע תחת &apos;zones&apos;</translation>
    </message>
    <message>
        <source>the quarantine needs the container kind &apos;cage&apos; under &apos;kinds&apos;</source>
        <translation>‏ההסגר צריך את סוג המכולה &apos;cage&apos; תחת &apos;kinds&apos;</translation>
    </message>
    <message>
        <source>no put-away files (*.yaml) found</source>
        <translation>‏לא נמצאו קובצי אחסון (*.yaml)</translation>
    </message>
    <message>
        <source>the rule id is used twice; give each rule its own id</source>
        <translation>‏מזהה הכלל מופיע פעמיים; תנו לכל כלל מזהה משלו</translation>
    </message>
    <message>
        <source>container kind &apos;{kind}&apos; is not listed under &apos;kinds&apos;</source>
        <translation>‏סוג המכולה &apos;⁨{kind}⁩&apos; אינו מופיע תחת &apos;kinds&apos;</translation>
    </message>
    <message>
        <source>zone &apos;{zone}&apos; is the quarantine cage: only items flagged for a lead go there</source>
        <translation>‏האזור &apos;⁨{zone}⁩&apos; הוא כלוב ההסגר: רק פריטים שסומנו לראש משמרת נכנסים אליו</translation>
    </message>
    <message>
        <source>the file should start with &apos;version:&apos; and hold &apos;kinds:&apos;, &apos;zones:&apos;, &apos;quarantine:&apos; and &apos;rules:&apos;</source>
        <translation>‏הקובץ צריך להתחיל ב-&apos;version:&apos; ולכלול &apos;kinds:&apos;,‏ &apos;zones:&apos;,‏ &apos;quarantine:&apos; ו-&apos;rules:&apos;</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a known {key}; use one of {expected}</source>
        <translation>‏&apos;⁨{value}⁩&apos; אינו ⁨{key}⁩ מוכר; השתמשו באחד מאלה: ⁨{expected}⁩</translation>
    </message>
    <message>
        <source>no rule places a {disposition} item of {category} graded {grade}; add a rule for it (or one without &apos;when&apos; at the end)</source>
        <translation>‏אף כלל אינו ממקם פריט ⁨{disposition}⁩ מקטגוריה ⁨{category}⁩ בדירוג ⁨{grade}⁩; הוסיפו לו כלל (או כלל ללא &apos;when&apos; בסוף)</translation>
    </message>
    <message>
        <source>The dashboard is for shift leads and admins. Sign in as one to see it.</source>
        <translation>‏לוח הבקרה מיועד לאחראי משמרת ולמנהלי מערכת. היכנסו כאחד מהם כדי לראות אותו.</translation>
    </message>
    <message>
        <source>This station has no central database set (central_url). Showing it needs one; ask an admin, or read this station&apos;s own store.</source>
        <translation>‏לעמדה הזו לא הוגדר מסד נתונים מרכזי (central_url). כדי להציג זאת צריך אחד; פנו למנהל המערכת, או קראו מהמאגר של העמדה עצמה.</translation>
    </message>
    <message>
        <source>The {source} database cannot be read now ({problem}). The figures shown are older; try Refresh in a minute.</source>
        <translation>‏לא ניתן לקרוא עכשיו את מסד הנתונים ⁨{source}⁩ (⁨{problem}⁩). הנתונים המוצגים ישנים יותר; נסו רענון בעוד דקה.</translation>
    </message>
    <message>
        <source>The file {path} cannot be written ({problem}). Choose another place.</source>
        <translation>‏לא ניתן לכתוב את הקובץ ⁨{path}⁩ (⁨{problem}⁩). בחרו מקום אחר.</translation>
    </message>
    <message>
        <source>Inspection {id} · page {page}</source>
        <translation>‏בדיקה ⁨{id}⁩ · עמוד ⁨{page}⁩</translation>
    </message>
    <message>
        <source>✓ passed</source>
        <translation>‏✓ תקין</translation>
    </message>
    <message>
        <source>✗ FAILED</source>
        <translation>‏✗ נכשל</translation>
    </message>
    <message>
        <source>Perceptual hash {phash}</source>
        <translation>‏גיבוב תפיסתי ⁨{phash}⁩</translation>
    </message>
    <message>
        <source>Sharpness {value} (at least {limit}): {verdict}</source>
        <translation>‏חדות ⁨{value}⁩ (לפחות ⁨{limit}⁩): ⁨{verdict}⁩</translation>
    </message>
    <message>
        <source>Contrast {value} (at least {limit}): {verdict}</source>
        <translation>‏ניגודיות ⁨{value}⁩ (לפחות ⁨{limit}⁩): ⁨{verdict}⁩</translation>
    </message>
    <message>
        <source>Brightest 5 % at level {value} (too dark at or below {limit}): {verdict}</source>
        <translation>‏5% הבהירים ביותר ברמה ⁨{value}⁩ (כהה מדי ב־⁨{limit}⁩ ומטה): ⁨{verdict}⁩</translation>
    </message>
    <message>
        <source>Darkest 1 % at level {value} (too bright at or above {limit}): {verdict}</source>
        <translation>‏1% הכהים ביותר ברמה ⁨{value}⁩ (בהיר מדי ב־⁨{limit}⁩ ומעלה): ⁨{verdict}⁩</translation>
    </message>
    <message>
        <source>Clipped to white on {value} % of the picture (at most {limit} %): {verdict}</source>
        <translation>‏לבן שרוף על ⁦{value}%⁩ מהתמונה (לכל היותר ⁦{limit}%⁩): ⁨{verdict}⁩</translation>
    </message>
    <message>
        <source>Glare on {value} % of the picture (at most {limit} %): {verdict}</source>
        <translation>‏בוהק על ⁦{value}%⁩ מהתמונה (לכל היותר ⁦{limit}%⁩): ⁨{verdict}⁩</translation>
    </message>
    <message>
        <source>Broad glare on {value} % of the picture (at most {limit} %): {verdict}</source>
        <translation>‏בוהק רחב על ⁦{value}%⁩ מהתמונה (לכל היותר ⁦{limit}%⁩): ⁨{verdict}⁩</translation>
    </message>
    <message>
        <source>The item covers {value} % of the picture (at least {limit} %): {verdict}</source>
        <translation>‏הפריט ממלא ⁦{value}%⁩ מהתמונה (לפחות ⁦{limit}%⁩): ⁨{verdict}⁩</translation>
    </message>
    <message>
        <source>Item cut off at {sides} edge(s) of the picture: {verdict}</source>
        <translation>‏הפריט נחתך ב־⁨{sides}⁩ קצוות של התמונה: ⁨{verdict}⁩</translation>
    </message>
    <message>
        <source>Looks like the catalog picture: {score} %</source>
        <translation>‏דמיון לתמונת הקטלוג: ⁦{score}%⁩</translation>
    </message>
    <message>
        <source>Same or nearly the same picture as in inspection {id} (distance {distance})</source>
        <translation>‏אותה תמונה או כמעט אותה תמונה כמו בבדיקה ⁨{id}⁩ (מרחק ⁨{distance}⁩)</translation>
    </message>
    <message>
        <source>No label printer is set for item labels.</source>
        <translation>‏לא הוגדרה מדפסת לתוויות פריטים.</translation>
    </message>
    <message>
        <source>The print queue {printer} cannot be reached: this computer has no print system. Set the label printer&apos;s address (host:9100) instead.</source>
        <translation>‏אין גישה לתור ההדפסה ⁨{printer}⁩: במחשב הזה אין מערכת הדפסה. הגדירו במקום זאת את כתובת מדפסת התוויות (host:9100).</translation>
    </message>
    <message>
        <source>The print queue {printer} refused the label ({problem}). Check the queue&apos;s name.</source>
        <translation>‏תור ההדפסה ⁨{printer}⁩ דחה את התווית (⁨{problem}⁩). בדקו את שם התור.</translation>
    </message>
    <message>
        <source>The label printer {printer} did not take the label ({problem}). Check that it is on and has labels.</source>
        <translation>‏מדפסת התוויות ⁨{printer}⁩ לא קיבלה את התווית (⁨{problem}⁩). בדקו שהיא דולקת ויש בה תוויות.</translation>
    </message>
    <message>
        <source>Wrong item: scanned GTIN {gtin}, but the product chosen for this return is {name} ({expected}).</source>
        <translation>‏פריט שגוי: נסרק GTIN ⁨{gtin}⁩, אבל המוצר שנבחר להחזרה הזו הוא ⁨{name}⁩ (⁨{expected}⁩).</translation>
    </message>
    <message>
        <source>At completion</source>
        <translation>‏בסיום הבדיקה</translation>
    </message>
    <message numerus="yes">
        <source>&apos;{key}&apos; needs at least %n value(s)</source>
        <translation>
            <numerusform>‏&apos;⁨{key}⁩&apos; צריך לפחות %n ערך</numerusform>
            <numerusform>‏&apos;⁨{key}⁩&apos; צריך לפחות %n ערכים</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{what}: {added} added, {updated} updated, {unchanged} unchanged, %n row(s) with errors</source>
        <translation>
            <numerusform>‏⁨{what}⁩: נוספו ⁨{added}⁩, עודכנו ⁨{updated}⁩, ללא שינוי ⁨{unchanged}⁩, %n שורה עם שגיאות</numerusform>
            <numerusform>‏⁨{what}⁩: נוספו ⁨{added}⁩, עודכנו ⁨{updated}⁩, ללא שינוי ⁨{unchanged}⁩, %n שורות עם שגיאות</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n slip(s) written to {path}.</source>
        <translation>
            <numerusform>‏%n תווית נכתבה אל ⁨{path}⁩.</numerusform>
            <numerusform>‏%n תוויות נכתבו אל ⁨{path}⁩.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Outside the {days}-day window from {start}: {return_kind} {day}, %n day(s) after the last day {last}.</source>
        <translation>
            <numerusform>‏מחוץ לחלון של ⁨{days}⁩ ימים מ־⁨{start}⁩: ⁨{return_kind}⁩ ⁨{day}⁩, יום %n אחרי היום האחרון ⁨{last}⁩.</numerusform>
            <numerusform>‏מחוץ לחלון של ⁨{days}⁩ ימים מ־⁨{start}⁩: ⁨{return_kind}⁩ ⁨{day}⁩, %n ימים אחרי היום האחרון ⁨{last}⁩.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{rma}: %n item(s) to inspect.</source>
        <translation>
            <numerusform>‏⁨{rma}⁩: %n פריט לבדיקה.</numerusform>
            <numerusform>‏⁨{rma}⁩: %n פריטים לבדיקה.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{code} closed with %n item(s): print its label and manifest.</source>
        <translation>
            <numerusform>‏⁨{code}⁩ נסגרה עם %n פריט: הדפיסו את התווית ואת רשימת התכולה.</numerusform>
            <numerusform>‏⁨{code}⁩ נסגרה עם %n פריטים: הדפיסו את התווית ואת רשימת התכולה.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>‏%n תמונה</numerusform>
            <numerusform>‏%n תמונות</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) · closed {time} by {station}</source>
        <translation>
            <numerusform>‏%n פריט · נסגרה ב-⁨{time}⁩ על ידי ⁨{station}⁩</numerusform>
            <numerusform>‏%n פריטים · נסגרה ב-⁨{time}⁩ על ידי ⁨{station}⁩</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) · open</source>
        <translation>
            <numerusform>‏%n פריט · פתוחה</numerusform>
            <numerusform>‏%n פריטים · פתוחה</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>‏%n פריט</numerusform>
            <numerusform>‏%n פריטים</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Manifest {kind} {code} · {zone} · %n item(s)</source>
        <translation>
            <numerusform>‏רשימת תכולה ⁨{kind}⁩ ⁨{code}⁩ · ⁨{zone}⁩ · %n פריט</numerusform>
            <numerusform>‏רשימת תכולה ⁨{kind}⁩ ⁨{code}⁩ · ⁨{zone}⁩ · %n פריטים</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The central database refused %n record(s); they wait in quarantine. Call a lead or IT (`station sync status` lists them; `station sync retry` sends them again).</source>
        <translation>
            <numerusform>‏מסד הנתונים המרכזי דחה %n רשומה; היא ממתינה בהסגר. קראו לאחראי משמרת או לתמיכת המחשוב (`station sync status` מציג אותה; `station sync retry` שולח אותה שוב).</numerusform>
            <numerusform>‏מסד הנתונים המרכזי דחה %n רשומות; הן ממתינות בהסגר. קראו לאחראי משמרת או לתמיכת המחשוב (`station sync status` מציג אותן; `station sync retry` שולח אותן שוב).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The central database refused %n record(s) because this station&apos;s audit chain was changed outside the station program (or does not go on from the central&apos;s). Sending them again cannot help: keep this computer as it is and call IT to run `station audit verify --central`.</source>
        <translation>
            <numerusform>‏מסד הנתונים המרכזי דחה %n רשומה, כי שרשרת הביקורת של העמדה שונתה מחוץ לתוכנת העמדה (או שאינה ממשיכה את זו שבמרכזי). שליחה חוזרת לא תעזור: השאירו את המחשב כמו שהוא וקראו לתמיכת המחשוב להריץ `station audit verify --central`.</numerusform>
            <numerusform>‏מסד הנתונים המרכזי דחה %n רשומות, כי שרשרת הביקורת של העמדה שונתה מחוץ לתוכנת העמדה (או שאינה ממשיכה את זו שבמרכזי). שליחה חוזרת לא תעזור: השאירו את המחשב כמו שהוא וקראו לתמיכת המחשוב להריץ `station audit verify --central`.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Damaged on this station&apos;s disk and not sent: %n photo file(s). Retake them if the items are still here, and tell a lead.</source>
        <translation>
            <numerusform>‏פגום בדיסק של העמדה הזו ולא נשלח: %n קובץ תמונה. צלמו אותו שוב אם הפריט עדיין כאן, ועדכנו את אחראי המשמרת.</numerusform>
            <numerusform>‏פגומים בדיסק של העמדה הזו ולא נשלחו: %n קובצי תמונה. צלמו אותם שוב אם הפריטים עדיין כאן, ועדכנו את אחראי המשמרת.</numerusform>
        </translation>
    </message>
    <message>
        <source>Kept by the inspector although a check failed: {reason}</source>
        <translation>‏הבודק/ת השאיר/ה אותה למרות בדיקה שנכשלה: ⁨{reason}⁩</translation>
    </message>
    <message>
        <source>A photo is the same picture as a photo of inspection {other} at station {station} (found when it arrived by sync): a recycled photo proves nothing.</source>
        <translation>‏תמונה זהה לתמונה של הבדיקה ⁨{other}⁩ בעמדה ⁨{station}⁩ (נמצא כשהיא הגיעה בסנכרון): תמונה ממוחזרת לא מוכיחה כלום.</translation>
    </message>
    <message>
        <source>Only an admin may change a camera&apos;s photo limits. Ask an admin.</source>
        <translation>‏רק מנהל מערכת רשאי לשנות את ספי התמונה של מצלמה. פנו למנהל מערכת.</translation>
    </message>
    <message>
        <source>Same or nearly the same picture as in inspection {id} of station {station}, found when that photo arrived by sync (distance {distance})</source>
        <translation>‏אותה תמונה או כמעט אותה תמונה כמו בבדיקה ⁨{id}⁩ של העמדה ⁨{station}⁩, נמצא כשהתמונה ההיא הגיעה בסנכרון (מרחק ⁨{distance}⁩)</translation>
    </message>
    <message>
        <source>Say why you keep this photo (a few words), or take it again.</source>
        <translation>‏כתבו למה אתם שומרים את התמונה (כמה מילים), או צלמו שוב.</translation>
    </message>
    <message>
        <source>That photo is no longer part of this inspection.</source>
        <translation>‏התמונה הזו כבר לא חלק מהבדיקה.</translation>
    </message>
    <message>
        <source>Photo {n} is the same picture as a photo of inspection {other}: a recycled photo proves nothing.</source>
        <translation>‏תמונה ⁨{n}⁩ זהה לתמונה של הבדיקה ⁨{other}⁩: תמונה ממוחזרת לא מוכיחה כלום.</translation>
    </message>
    <message>
        <source>The item photo matches the catalog picture only {score} %: this may not be the product on the RMA.</source>
        <translation>‏תמונת הפריט תואמת לתמונת הקטלוג רק ב־⁦{score}%⁩: ייתכן שזה לא המוצר שב־RMA.</translation>
    </message>
    <message>
        <source>Photo {n} was kept although: {problem} Reason: {reason}</source>
        <translation>‏תמונה ⁨{n}⁩ נשמרה למרות: ⁨{problem}⁩ סיבה: ⁨{reason}⁩</translation>
    </message>
    <message>
        <source>Photo {n} failed the quality check and was not taken again: {problem}</source>
        <translation>‏תמונה ⁨{n}⁩ נכשלה בבדיקת האיכות ולא צולמה שוב: ⁨{problem}⁩</translation>
    </message>
    <message>
        <source>The station does not speak &quot;{language}&quot;. Pick English, Hebrew or Russian.</source>
        <translation>‏העמדה לא תומכת בשפה &quot;⁨{language}⁩&quot;. בחרו אנגלית, עברית או רוסית.</translation>
    </message>
    <message>
        <source>Inspection {id} is not at this station.</source>
        <translation>‏הבדיקה ⁨{id}⁩ אינה בעמדה הזו.</translation>
    </message>
    <message>
        <source>RESTOCK</source>
        <translation>‏חזרה למלאי</translation>
    </message>
    <message>
        <source>REFURBISH</source>
        <translation>‏שיפוץ</translation>
    </message>
    <message>
        <source>DISPOSE</source>
        <translation>‏גריטה</translation>
    </message>
    <message>
        <source>Re-graded after refurbishment by {name}</source>
        <translation>‏דורג מחדש אחרי שיפוץ על ידי ⁨{name}⁩</translation>
    </message>
    <message>
        <source>No inspection {text} at this station. Scan the slip&apos;s QR code, or give the full inspection id.</source>
        <translation>‏אין בעמדה הזו בדיקה ⁨{text}⁩. סרקו את קוד ה־QR שבתווית, או תנו את מזהה הבדיקה המלא.</translation>
    </message>
    <message>
        <source>Outcome changed by {source} ({name})</source>
        <translation>‏התוצאה שונתה על ידי ⁨{source}⁩ (⁨{name}⁩)</translation>
    </message>
    <message>
        <source>Inspection {id} is not at this station. Check the number on the slip, or sync and try again.</source>
        <translation>‏הבדיקה ⁨{id}⁩ אינה בעמדה הזו. בדקו את המספר שבתווית, או סנכרנו ונסו שוב.</translation>
    </message>
    <message>
        <source>Inspector: {name} · Station: {station} · Photos: {photos}</source>
        <translation>‏בודק/ת: ⁨{name}⁩ · עמדה: ⁨{station}⁩ · תמונות: ⁨{photos}⁩</translation>
    </message>
    <message>
        <source>GRADING SLIP</source>
        <translation>‏תווית דירוג</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>‏מק״ט</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>‏מספר סידורי</translation>
    </message>
    <message>
        <source>RMA</source>
        <translation>‏RMA</translation>
    </message>
    <message>
        <source>GRADE</source>
        <translation>‏ציון</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>‏למה</translation>
    </message>
    <message>
        <source>none (unexpected return)</source>
        <translation>‏אין (החזרה לא צפויה)</translation>
    </message>
    <message>
        <source>Inspection {id} is not at this station; nothing was recorded.</source>
        <translation>‏הבדיקה ⁨{id}⁩ אינה בעמדה הזו; שום דבר לא נרשם.</translation>
    </message>
    <message>
        <source>{count} of these slips were printed before. Say why you print them again (a few words), then print.</source>
        <translation>‏⁨{count}⁩ מהתוויות האלה כבר הודפסו. כתבו למה אתם מדפיסים אותן שוב (כמה מילים), ואז הדפיסו.</translation>
    </message>
    <message>
        <source>The setting could not be saved ({problem}). It holds until the station restarts.</source>
        <translation>‏לא ניתן היה לשמור את ההגדרה (⁨{problem}⁩). היא תקפה עד שהעמדה תופעל מחדש.</translation>
    </message>
    <message>
        <source>This slip was printed before. Say why you print it again (a few words), then print.</source>
        <translation>‏התווית הזו כבר הודפסה. כתבו למה מדפיסים אותה שוב (כמה מילים), ואז הדפיסו.</translation>
    </message>
    <message>
        <source>Station id {id} is too long for a database role name.</source>
        <translation>‏מזהה העמדה ⁨{id}⁩ ארוך מדי לשם תפקיד במסד הנתונים.</translation>
    </message>
    <message>
        <source>The role prefix {prefix} must be lower-case letters, digits and _ (up to 30).</source>
        <translation>‏קידומת התפקיד ⁨{prefix}⁩ צריכה להיות באותיות לטיניות קטנות, ספרות ו־_ (עד 30).</translation>
    </message>
    <message>
        <source>The central database has no schema to work in (check search_path).</source>
        <translation>‏במסד הנתונים המרכזי אין סכמה לעבוד בה (בדקו את search_path).</translation>
    </message>
    <message>
        <source>Station id {id} clashes with a group role name; choose another id.</source>
        <translation>‏מזהה העמדה ⁨{id}⁩ מתנגש בשם של תפקיד קבוצתי; בחרו מזהה אחר.</translation>
    </message>
    <message>
        <source>Stations {a} and {b} would share the database role {role}; rename one.</source>
        <translation>‏העמדות ⁨{a}⁩ ו־⁨{b}⁩ יחלקו את תפקיד מסד הנתונים ⁨{role}⁩; שנו את השם של אחת מהן.</translation>
    </message>
    <message>
        <source>The central database must be PostgreSQL; {dialect} is only the station&apos;s store.</source>
        <translation>‏מסד הנתונים המרכזי חייב להיות PostgreSQL; ⁨{dialect}⁩ הוא רק המאגר של העמדה.</translation>
    </message>
    <message>
        <source>Sync failed ({detail}). The station keeps working; if this stays, call IT.</source>
        <translation>‏הסנכרון נכשל (⁨{detail}⁩). העמדה ממשיכה לעבוד; אם זה נמשך, קראו לתמיכת המחשוב.</translation>
    </message>
    <message>
        <source>The central database must be PostgreSQL (a postgresql:// URL), not {driver}.</source>
        <translation>‏מסד הנתונים המרכזי חייב להיות PostgreSQL (כתובת postgresql://), לא ⁨{driver}⁩.</translation>
    </message>
    <message>
        <source>The central database refused this station&apos;s login ({detail}). Check the central URL and password in the settings, or ask IT.</source>
        <translation>‏מסד הנתונים המרכזי דחה את הכניסה של העמדה (⁨{detail}⁩). בדקו את הכתובת והסיסמה בהגדרות, או פנו לתמיכת המחשוב.</translation>
    </message>
    <message>
        <source>The central database named in the URL does not exist ({detail}). Check the central URL, or ask IT to run `station central init`.</source>
        <translation>‏מסד הנתונים המרכזי שבכתובת לא קיים (⁨{detail}⁩). בדקו את הכתובת, או בקשו מתמיכת המחשוב להריץ `station central init`.</translation>
    </message>
    <message>
        <source>The central database is not set up for this station version ({detail}). Ask IT to run `station central init` with this version.</source>
        <translation>‏מסד הנתונים המרכזי לא מוכן לגרסה הזו של העמדה (⁨{detail}⁩). בקשו מתמיכת המחשוב להריץ `station central init` עם הגרסה הזו.</translation>
    </message>
    <message>
        <source>The central database cannot be reached ({detail}). The station keeps working and tries again by itself.</source>
        <translation>‏אין גישה למסד הנתונים המרכזי (⁨{detail}⁩). העמדה ממשיכה לעבוד ומנסה שוב בעצמה.</translation>
    </message>
    <message>
        <source>The central database URL is not valid ({problem}). Fix it in the settings (central_url) or with --central.</source>
        <translation>‏כתובת מסד הנתונים המרכזי אינה תקינה (⁨{problem}⁩). תקנו אותה בהגדרות (central_url) או עם ‎--central.</translation>
    </message>
    <message>
        <source>Photo {sha} came from the central database damaged. Try again later; tell IT if it stays.</source>
        <translation>‏התמונה ⁨{sha}⁩ הגיעה פגומה ממסד הנתונים המרכזי. נסו שוב מאוחר יותר; עדכנו את תמיכת המחשוב אם זה נמשך.</translation>
    </message>
    <message>
        <source>The central database has data this station does not know ({table}). Update the station; until then it does not receive newer changes.</source>
        <translation>‏במסד הנתונים המרכזי יש נתונים שהעמדה הזו לא מכירה (⁨{table}⁩). עדכנו את העמדה; עד אז היא לא תקבל שינויים חדשים.</translation>
    </message>
    <message>
        <source>The central database has fields this station does not know ({table}: {fields}). Update the station; until then it does not receive newer changes.</source>
        <translation>‏במסד הנתונים המרכזי יש שדות שהעמדה הזו לא מכירה (⁨{table}⁩: ⁨{fields}⁩). עדכנו את העמדה; עד אז היא לא תקבל שינויים חדשים.</translation>
    </message>
    <message>
        <source>The central database does not accept {table} from this station yet. Ask IT to run `station central init` again with this station version.</source>
        <translation>‏מסד הנתונים המרכזי עדיין לא מקבל ⁨{table}⁩ מהעמדה הזו. בקשו מתמיכת המחשוב להריץ שוב `station central init` עם הגרסה הזו של העמדה.</translation>
    </message>
    <message>
        <source>The central database is not set up for stations yet. Ask IT to run `station central init` on it.</source>
        <translation>‏מסד הנתונים המרכזי עדיין לא מוכן לעמדות. בקשו מתמיכת המחשוב להריץ עליו `station central init`.</translation>
    </message>
    <message>
        <source>Unknown language &apos;{language}&apos;: use one of {choices}.</source>
        <translation>‏שפה לא מוכרת &apos;⁨{language}⁩&apos;: השתמשו באחת מ־⁨{choices}⁩.</translation>
    </message>
    <message>
        <source>The {language} translation file {path} cannot be read ({problem}). Reinstall the station.</source>
        <translation>‏אי אפשר לקרוא את קובץ התרגום ⁨{language}⁩ ‏⁨{path}⁩ (⁨{problem}⁩). התקינו את העמדה מחדש.</translation>
    </message>
    <message>
        <source>Apparel</source>
        <translation>‏ביגוד</translation>
    </message>
    <message>
        <source>What is in the parcel?</source>
        <translation>‏מה יש בחבילה?</translation>
    </message>
    <message>
        <source>A different item (other product or style)</source>
        <translation>‏פריט אחר (מוצר או דגם אחר)</translation>
    </message>
    <message>
        <source>Empty bag or packaging only</source>
        <translation>‏שקית ריקה או אריזה בלבד</translation>
    </message>
    <message>
        <source>Photograph the open parcel and everything in it, with the return label in view.</source>
        <translation>‏צלמו את החבילה הפתוחה ואת כל מה שבתוכה, כשתווית ההחזרה נראית.</translation>
    </message>
    <message>
        <source>Do the size and colour on the label match the RMA?</source>
        <translation>‏האם המידה והצבע שעל התווית תואמים ל־RMA?</translation>
    </message>
    <message>
        <source>Photograph the size and colour label.</source>
        <translation>‏צלמו את תווית המידה והצבע.</translation>
    </message>
    <message>
        <source>Packaging</source>
        <translation>‏אריזה</translation>
    </message>
    <message>
        <source>Still sealed in the original bag</source>
        <translation>‏עדיין סגור בשקית המקורית</translation>
    </message>
    <message>
        <source>Opened, original bag or box present</source>
        <translation>‏נפתח, השקית או הקופסה המקורית קיימות</translation>
    </message>
    <message>
        <source>No original bag or box</source>
        <translation>‏אין שקית או קופסה מקורית</translation>
    </message>
    <message>
        <source>Are the original price tags attached?</source>
        <translation>‏האם תוויות המחיר המקוריות מחוברות?</translation>
    </message>
    <message>
        <source>Attached</source>
        <translation>‏מחוברות</translation>
    </message>
    <message>
        <source>Removed, but in the parcel</source>
        <translation>‏הוסרו, אבל נמצאות בחבילה</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>‏חסרות</translation>
    </message>
    <message>
        <source>Signs of wear?</source>
        <translation>‏סימני לבישה?</translation>
    </message>
    <message>
        <source>Check armpits, collar, cuffs and the inner seams.</source>
        <translation>‏בדקו בתי שחי, צווארון, שרוולים ותפרים פנימיים.</translation>
    </message>
    <message>
        <source>None - unworn</source>
        <translation>‏אין - לא נלבש</translation>
    </message>
    <message>
        <source>Tried on only: light creases</source>
        <translation>‏נמדד בלבד: קמטים קלים</translation>
    </message>
    <message>
        <source>Worn: pilling, stretched, faded, deodorant marks</source>
        <translation>‏נלבש: גלגולי בד, נמתח, דהה, כתמי דאודורנט</translation>
    </message>
    <message>
        <source>Washed, shrunk or altered (hemmed, cut)</source>
        <translation>‏כובס, התכווץ או שונה (קוצר, נגזר)</translation>
    </message>
    <message>
        <source>Any stains, make-up, odour (smoke, perfume) or pet hair?</source>
        <translation>‏יש כתמים, איפור, ריח (עשן, בושם) או שיער של חיות?</translation>
    </message>
    <message>
        <source>Photograph the stains or marks close up.</source>
        <translation>‏צלמו את הכתמים או הסימנים מקרוב.</translation>
    </message>
    <message>
        <source>Any damage (holes, tears, open seams, broken zip or buttons)?</source>
        <translation>‏יש נזק (חורים, קרעים, תפרים פתוחים, רוכסן או כפתורים שבורים)?</translation>
    </message>
    <message>
        <source>Photograph each damaged area close up.</source>
        <translation>‏צלמו כל אזור פגוע מקרוב.</translation>
    </message>
    <message>
        <source>What damage do you see?</source>
        <translation>‏איזה נזק אתם רואים?</translation>
    </message>
    <message>
        <source>Pulls or snags in the fabric</source>
        <translation>‏משיכות או קרעונים בבד</translation>
    </message>
    <message>
        <source>Broken zip, button or snap</source>
        <translation>‏רוכסן, כפתור או לחצנית שבורים</translation>
    </message>
    <message>
        <source>Open or loose seam</source>
        <translation>‏תפר פתוח או רופף</translation>
    </message>
    <message>
        <source>Hole or tear</source>
        <translation>‏חור או קרע</translation>
    </message>
    <message>
        <source>Security tag still attached, or a hole from one</source>
        <translation>‏תג אבטחה עדיין מחובר, או חור ממנו</translation>
    </message>
    <message>
        <source>Anything else the lead or the refurb team should know?</source>
        <translation>‏עוד משהו שאחראי המשמרת או צוות השיפוץ צריכים לדעת?</translation>
    </message>
    <message>
        <source>Electronics</source>
        <translation>‏אלקטרוניקה</translation>
    </message>
    <message>
        <source>A different item (other model, brand or product)</source>
        <translation>‏פריט אחר (דגם, מותג או מוצר אחר)</translation>
    </message>
    <message>
        <source>Empty box or packaging only</source>
        <translation>‏קופסה ריקה או אריזה בלבד</translation>
    </message>
    <message>
        <source>Does the serial number or IMEI on the item match the RMA?</source>
        <translation>‏האם המספר הסידורי או ה־IMEI שעל הפריט תואמים ל־RMA?</translation>
    </message>
    <message>
        <source>Sealed box - read the label on the box. Phones - Settings &gt; About, or dial *#06#.</source>
        <translation>‏קופסה סגורה - קראו את התווית שעל הקופסה. טלפונים - הגדרות &gt; אודות, או חייגו *#06#.</translation>
    </message>
    <message>
        <source>Yes, it matches</source>
        <translation>‏כן, תואם</translation>
    </message>
    <message>
        <source>No, it is different</source>
        <translation>‏לא, הוא שונה</translation>
    </message>
    <message>
        <source>Missing, scratched off or unreadable</source>
        <translation>‏חסר, נמחק או לא קריא</translation>
    </message>
    <message>
        <source>Photograph the serial number label or the About screen.</source>
        <translation>‏צלמו את תווית המספר הסידורי או את מסך &apos;אודות&apos;.</translation>
    </message>
    <message>
        <source>What state is the retail box in?</source>
        <translation>‏מה מצב קופסת המוצר?</translation>
    </message>
    <message>
        <source>Factory sealed, unopened</source>
        <translation>‏סגורה מהמפעל, לא נפתחה</translation>
    </message>
    <message>
        <source>Opened, box in good shape</source>
        <translation>‏נפתחה, הקופסה במצב טוב</translation>
    </message>
    <message>
        <source>Box damaged (crushed, torn, wet)</source>
        <translation>‏הקופסה פגועה (מעוכה, קרועה, רטובה)</translation>
    </message>
    <message>
        <source>No retail box</source>
        <translation>‏אין קופסת מוצר</translation>
    </message>
    <message>
        <source>Photograph the damaged box.</source>
        <translation>‏צלמו את הקופסה הפגועה.</translation>
    </message>
    <message>
        <source>Are all accessories in the box (charger, cable, earbuds, manual, SIM tool)?</source>
        <translation>‏האם כל האביזרים בקופסה (מטען, כבל, אוזניות, חוברת, מוציא סים)?</translation>
    </message>
    <message>
        <source>Compare with the &quot;In the box&quot; list on the box or the catalog page.</source>
        <translation>‏השוו לרשימת &quot;תכולת האריזה&quot; שעל הקופסה או בדף הקטלוג.</translation>
    </message>
    <message>
        <source>What is missing?</source>
        <translation>‏מה חסר?</translation>
    </message>
    <message>
        <source>Charger or power adapter</source>
        <translation>‏מטען או ספק כוח</translation>
    </message>
    <message>
        <source>Cable</source>
        <translation>‏כבל</translation>
    </message>
    <message>
        <source>Earbuds, headset or remote</source>
        <translation>‏אוזניות, דיבורית או שלט</translation>
    </message>
    <message>
        <source>Manual or quick-start guide</source>
        <translation>‏חוברת הוראות או מדריך התחלה מהירה</translation>
    </message>
    <message>
        <source>Other small part</source>
        <translation>‏חלק קטן אחר</translation>
    </message>
    <message>
        <source>Signs of use?</source>
        <translation>‏סימני שימוש?</translation>
    </message>
    <message>
        <source>None - looks new, protective films on</source>
        <translation>‏אין - נראה חדש, מדבקות המגן עליו</translation>
    </message>
    <message>
        <source>Light: fingerprints, faint marks, films removed</source>
        <translation>‏קלים: טביעות אצבע, סימנים קלים, מדבקות המגן הוסרו</translation>
    </message>
    <message>
        <source>Clear: scuffs, worn buttons or corners, residue</source>
        <translation>‏ברורים: שפשופים, כפתורים או פינות שחוקים, שאריות</translation>
    </message>
    <message>
        <source>Any physical damage (scratches, cracks, dents, liquid, burn marks)?</source>
        <translation>‏יש נזק פיזי (שריטות, סדקים, מכות, נוזלים, סימני שריפה)?</translation>
    </message>
    <message>
        <source>A swollen battery is a fire risk - do not power the device on; put it in the fire-safe bin and call a lead.</source>
        <translation>‏סוללה נפוחה היא סכנת שריפה - אל תדליקו את המכשיר; שימו אותו בפח החסין לאש וקראו לאחראי משמרת.</translation>
    </message>
    <message>
        <source>Scratches on the screen</source>
        <translation>‏שריטות על המסך</translation>
    </message>
    <message>
        <source>Cracked screen or glass</source>
        <translation>‏מסך או זכוכית סדוקים</translation>
    </message>
    <message>
        <source>Dents or scratches on the body</source>
        <translation>‏מכות או שריטות על הגוף</translation>
    </message>
    <message>
        <source>Broken or missing part (button, port, hinge)</source>
        <translation>‏חלק שבור או חסר (כפתור, שקע, ציר)</translation>
    </message>
    <message>
        <source>Liquid damage (stains, corrosion)</source>
        <translation>‏נזק מנוזלים (כתמים, קורוזיה)</translation>
    </message>
    <message>
        <source>Swollen battery, burn marks or a smell of burning</source>
        <translation>‏סוללה נפוחה, סימני שריפה או ריח של שרוף</translation>
    </message>
    <message>
        <source>Function test</source>
        <translation>‏בדיקת תפקוד</translation>
    </message>
    <message>
        <source>Charge for 10 minutes if flat. Test screen, touch, buttons, sound, camera, Wi-Fi and Bluetooth.</source>
        <translation>‏אם הסוללה ריקה, טענו 10 דקות. בדקו מסך, מגע, כפתורים, שמע, מצלמה, Wi-Fi ו־Bluetooth.</translation>
    </message>
    <message>
        <source>Powers on and everything works</source>
        <translation>‏נדלק והכול עובד</translation>
    </message>
    <message>
        <source>Powers on, but something fails (a button, speaker, camera, Wi-Fi ...)</source>
        <translation>‏נדלק, אבל משהו לא עובד (כפתור, רמקול, מצלמה, Wi-Fi ...)</translation>
    </message>
    <message>
        <source>Does not power on or charge</source>
        <translation>‏לא נדלק ולא נטען</translation>
    </message>
    <message>
        <source>Is the device free of the customer&apos;s account (no Find My / Google lock, no passcode)?</source>
        <translation>‏האם המכשיר נקי מהחשבון של הלקוח (אין נעילת Find My / Google, אין קוד גישה)?</translation>
    </message>
    <message>
        <source>Devices without accounts (headphones, speakers) - answer yes.</source>
        <translation>‏מכשירים בלי חשבון (אוזניות, רמקולים) - ענו כן.</translation>
    </message>
    <message>
        <source>Photograph the lock screen.</source>
        <translation>‏צלמו את מסך הנעילה.</translation>
    </message>
    <message>
        <source>Battery health, if the device shows it</source>
        <translation>‏מצב הסוללה, אם המכשיר מציג אותו</translation>
    </message>
    <message>
        <source>Phones and tablets - Settings &gt; Battery. Leave empty if the device does not show it.</source>
        <translation>‏טלפונים וטאבלטים - הגדרות &gt; סוללה. השאירו ריק אם המכשיר לא מציג את זה.</translation>
    </message>
    <message>
        <source>Footwear</source>
        <translation>‏הנעלה</translation>
    </message>
    <message>
        <source>A different item (other model or product)</source>
        <translation>‏פריט אחר (דגם או מוצר אחר)</translation>
    </message>
    <message>
        <source>Do size, model and colour on the label inside the shoe match the RMA?</source>
        <translation>‏האם המידה, הדגם והצבע שעל התווית בתוך הנעל תואמים ל־RMA?</translation>
    </message>
    <message>
        <source>Photograph the size label inside the shoe.</source>
        <translation>‏צלמו את תווית המידה שבתוך הנעל.</translation>
    </message>
    <message>
        <source>New in box = a matching pair of the right size, never worn, still wrapped with its stuffing and extras.</source>
        <translation>‏חדש בקופסה = זוג תואם במידה הנכונה, שלא נעל מעולם, עדיין עטוף עם המילוי והתוספות.</translation>
    </message>
    <message>
        <source>New in box: unworn pair, still wrapped as shipped</source>
        <translation>‏חדש בקופסה: זוג שלא נעל, עדיין עטוף כפי שנשלח</translation>
    </message>
    <message>
        <source>Original box in good shape, opened</source>
        <translation>‏קופסה מקורית במצב טוב, נפתחה</translation>
    </message>
    <message>
        <source>Is it a complete, matching pair?</source>
        <translation>‏האם זה זוג שלם ותואם?</translation>
    </message>
    <message>
        <source>Yes, both shoes, same size and model</source>
        <translation>‏כן, שתי הנעליים, אותה מידה ואותו דגם</translation>
    </message>
    <message>
        <source>One shoe only</source>
        <translation>‏נעל אחת בלבד</translation>
    </message>
    <message>
        <source>Two shoes that do not match (size, model or colour)</source>
        <translation>‏שתי נעליים שלא תואמות (מידה, דגם או צבע)</translation>
    </message>
    <message>
        <source>Photograph the shoes side by side with their size labels.</source>
        <translation>‏צלמו את הנעליים זו לצד זו עם תוויות המידה שלהן.</translation>
    </message>
    <message>
        <source>Shoe box</source>
        <translation>‏קופסת נעליים</translation>
    </message>
    <message>
        <source>ok_answer only applies to yes_no questions; in a {kind} question, list the answer that means nothing is wrong first</source>
        <translation>‏ok_answer מתאים רק לשאלות yes_no; בשאלה מסוג &apos;⁨{kind}⁩&apos; רשמו ראשונה את התשובה שפירושה שהכול תקין</translation>
    </message>
    <message>
        <source>{prompt} — {choice}</source>
        <translation>‏⁨{prompt}⁩ — ⁨{choice}⁩</translation>
    </message>
    <message>
        <source>Question {number} needs an answer: choose or type one, then Enter.</source>
        <translation>‏שאלה ⁨{number}⁩ צריכה תשובה: בחרו או הקלידו, ואז Enter.</translation>
    </message>
    <message>
        <source>Softness {value} (at most {limit}): {verdict}</source>
        <translation>‏רכות התמונה ⁨{value}⁩ (לכל היותר ⁨{limit}⁩): ⁨{verdict}⁩</translation>
    </message>
    <message>
        <source>tote</source>
        <translation>‏ארגז</translation>
    </message>
    <message>
        <source>cart</source>
        <translation>‏עגלה</translation>
    </message>
    <message>
        <source>pallet</source>
        <translation>‏משטח</translation>
    </message>
    <message>
        <source>gaylord</source>
        <translation>‏מכל גדול</translation>
    </message>
    <message>
        <source>cage</source>
        <translation>‏כלוב</translation>
    </message>
    <message>
        <source>Put in {zone} — {kind} {code}</source>
        <translation>‏הכניסו אל ⁨{zone}⁩ — ⁨{kind}⁩ ⁨{code}⁩</translation>
    </message>
    <message>
        <source>Put it in {kind} {code} ({zone}).</source>
        <translation>‏הכניסו אותו אל ⁨{kind}⁩ ⁨{code}⁩ (⁨{zone}⁩).</translation>
    </message>
    <message>
        <source>Placed in {kind} {code}.</source>
        <translation>‏הונח ב-⁨{kind}⁩ ⁨{code}⁩.</translation>
    </message>
    <message>
        <source>This station closed {code} at {mine}, but it was already closed by {station} at {time}: that close counts. Print the label and manifest again from here.</source>
        <translation>‏עמדה זו סגרה את ⁨{code}⁩ ב-⁨{mine}⁩, אבל ⁨{station}⁩ כבר סגרה אותה ב-⁨{time}⁩: הסגירה ההיא קובעת. הדפיסו שוב מכאן את התווית ואת רשימת התכולה.</translation>
    </message>
    <message>
        <source>Move from {old} to {zone} — {kind} {code}</source>
        <translation>‏העבירו מ-⁨{old}⁩ אל ⁨{zone}⁩ — ⁨{kind}⁩ ⁨{code}⁩</translation>
    </message>
    <message>
        <source>Inspection {id} is not at this station. Complete the inspection first, or sync and try again.</source>
        <translation>‏הבדיקה ⁨{id}⁩ אינה בעמדה זו. השלימו קודם את הבדיקה, או סנכרנו ונסו שוב.</translation>
    </message>
    <message>
        <source>That is an item&apos;s own label ({reference}), not a container.</source>
        <translation>‏זו התווית של פריט (⁨{reference}⁩), לא מכולה.</translation>
    </message>
    <message>
        <source>That is a location barcode ({code}), not a container.</source>
        <translation>‏זה ברקוד של מיקום (⁨{code}⁩), לא מכולה.</translation>
    </message>
    <message>
        <source>{code} is not a container this station knows, nor in any container series.</source>
        <translation>‏⁨{code}⁩ אינו מכולה שהעמדה מכירה, ואינו שייך לאף סדרת מכולות.</translation>
    </message>
    <message>
        <source>Placed in {kind} {code}; it is now full and closed: print its label.</source>
        <translation>‏הונח ב-⁨{kind}⁩ ⁨{code}⁩; היא מלאה עכשיו ונסגרה: הדפיסו את התווית שלה.</translation>
    </message>
    <message>
        <source>Container {code} is not known at this station. Check the barcode, or sync and try again.</source>
        <translation>‏המכולה ⁨{code}⁩ אינה מוכרת בעמדה זו. בדקו את הברקוד, או סנכרנו ונסו שוב.</translation>
    </message>
    <message>
        <source>There is no container kind {kind} here; use one of {kinds}.</source>
        <translation>‏אין כאן סוג מכולה ⁨{kind}⁩; השתמשו באחד מאלה: ⁨{kinds}⁩.</translation>
    </message>
    <message>
        <source>There is no zone {zone} in the put-away rules.</source>
        <translation>‏אין אזור ⁨{zone}⁩ בכללי האחסון.</translation>
    </message>
    <message>
        <source>{text} is not a location barcode (they start with {prefix}). Scan the label on the shelf or the floor.</source>
        <translation>‏⁨{text}⁩ אינו ברקוד של מיקום (הם מתחילים ב-⁨{prefix}⁩). סרקו את התווית שעל המדף או על הרצפה.</translation>
    </message>
    <message>
        <source>Already in {zone} — {kind} {code}</source>
        <translation>‏כבר ב-⁨{zone}⁩ — ⁨{kind}⁩ ⁨{code}⁩</translation>
    </message>
    <message>
        <source>Already in {kind} {code}: nothing to do.</source>
        <translation>‏כבר ב-⁨{kind}⁩ ⁨{code}⁩: אין מה לעשות.</translation>
    </message>
    <message>
        <source>{problem} {tell}</source>
        <translation>‏⁨{problem}⁩ ⁨{tell}⁩</translation>
    </message>
    <message>
        <source>{code} is closed (by {station} at {time}). {tell}</source>
        <translation>‏⁨{code}⁩ סגורה (על ידי ⁨{station}⁩ ב-⁨{time}⁩). ⁨{tell}⁩</translation>
    </message>
    <message>
        <source>{code} is a {kind}; this item goes in a {wanted}. {tell}</source>
        <translation>‏⁨{code}⁩ הוא ⁨{kind}⁩; הפריט הזה הולך אל ⁨{wanted}⁩. ⁨{tell}⁩</translation>
    </message>
    <message>
        <source>{code} is for {zone}; this item goes to {wanted}. {tell}</source>
        <translation>‏⁨{code}⁩ מיועדת ל-⁨{zone}⁩; הפריט הזה הולך אל ⁨{wanted}⁩. ⁨{tell}⁩</translation>
    </message>
    <message>
        <source>{code} is full ({n} of {capacity} items). Close it and start the next {kind}. {tell}</source>
        <translation>‏⁨{code}⁩ מלאה (⁨{n}⁩ מתוך ⁨{capacity}⁩ פריטים). סגרו אותה והתחילו ⁨{kind}⁩ חדש. ⁨{tell}⁩</translation>
    </message>
    <message>
        <source>{code} is not a {kind} barcode (they start with {series}). Scan a {kind}&apos;s barcode.</source>
        <translation>‏⁨{code}⁩ אינו ברקוד של ⁨{kind}⁩ (הם מתחילים ב-⁨{series}⁩). סרקו ברקוד של ⁨{kind}⁩.</translation>
    </message>
    <message>
        <source>{code} is already open or was used before. Scan another {kind}.</source>
        <translation>‏⁨{code}⁩ כבר פתוחה או שימשה בעבר. סרקו ⁨{kind}⁩ אחר.</translation>
    </message>
    <message>
        <source>{code} was already closed by {station} at {time}. Its label and manifest can be printed again.</source>
        <translation>‏⁨{code}⁩ כבר נסגרה על ידי ⁨{station}⁩ ב-⁨{time}⁩. אפשר להדפיס שוב את התווית ואת רשימת התכולה.</translation>
    </message>
    <message>
        <source>A manifest is written as .pdf or .csv; {name} is neither.</source>
        <translation>‏רשימת תכולה נכתבת כ-.pdf או כ-.csv; ⁨{name}⁩ אינו אף אחד מהם.</translation>
    </message>
    <message>
        <source>An item label is &apos;zpl&apos; (2x1 in) or &apos;4x6&apos;; {size} is neither.</source>
        <translation>‏תווית פריט היא &apos;zpl&apos; (2x1 אינץ&apos;) או &apos;4x6&apos;; ⁨{size}⁩ אינו אף אחד מהם.</translation>
    </message>
    <message>
        <source>This warehouse confirms every placement: scan the container&apos;s barcode.</source>
        <translation>‏במחסן הזה כל הנחה מאושרת: סרקו את הברקוד של המכולה.</translation>
    </message>
    <message>
        <source>Unexpected return: no RMA.</source>
        <translation>‏החזרה לא צפויה: אין RMA.</translation>
    </message>
    <message>
        <source>Wrong item: scanned GTIN {gtin}, but the RMA expects {name} ({expected}).</source>
        <translation>‏פריט שגוי: נסרק GTIN ⁨{gtin}⁩, אבל ה-RMA מצפה ל-⁨{name}⁩ (⁨{expected}⁩).</translation>
    </message>
    <message>
        <source>TOTE</source>
        <translation>‏ארגז</translation>
    </message>
    <message>
        <source>CART</source>
        <translation>‏עגלה</translation>
    </message>
    <message>
        <source>PALLET</source>
        <translation>‏משטח</translation>
    </message>
    <message>
        <source>GAYLORD</source>
        <translation>‏מכל גדול</translation>
    </message>
    <message>
        <source>CAGE</source>
        <translation>‏כלוב</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>‏פריט</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>‏דירוג</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>‏ייעוד</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>‏בדיקה</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>‏ריקה</translation>
    </message>
    <message>
        <source>… {n} more: see the manifest</source>
        <translation>‏… עוד ⁨{n}⁩: ראו את רשימת התכולה</translation>
    </message>
    <message>
        <source>a lead&apos;s review</source>
        <translation>‏בדיקת אחראי משמרת</translation>
    </message>
    <message>
        <source>Lead: {reason}</source>
        <translation>‏אחראי משמרת: ⁨{reason}⁩</translation>
    </message>
    <message>
        <source>This station has not synced with the central database yet, so it does not know the records it holds as {station}. Connect it to the network and wait until the header shows it synced, then inspect.</source>
        <translation>‏העמדה עוד לא סונכרנה עם מסד הנתונים המרכזי, ולכן אינה מכירה את הרשומות שנשמרו שם עבורה כ־⁨{station}⁩. חברו אותה לרשת, המתינו עד שבראש המסך יופיע &quot;מסונכרן&quot;, ואז בדקו.</translation>
    </message>
    <message>
        <source>This computer ({host}, install {mine}) no longer records as station {station}: install {other} on {other_host} took the id over (last sync {seen}). Nothing was sent; what this computer recorded since stays here. Stop inspecting at this computer and call IT.</source>
        <translation>‏המחשב הזה (⁨{host}⁩, התקנה ⁨{mine}⁩) כבר לא רושם כעמדה ⁨{station}⁩: ההתקנה ⁨{other}⁩ ב־⁨{other_host}⁩ קיבלה את המזהה (סנכרון אחרון ⁨{seen}⁩). דבר לא נשלח; מה שהמחשב הזה רשם מאז נשאר כאן. הפסיקו לבדוק במחשב הזה וקראו לתמיכת המחשוב.</translation>
    </message>
    <message>
        <source>This station is still fetching its earlier records as {station} from the central database; inspect once the header shows it synced.</source>
        <translation>‏העמדה עדיין מורידה ממסד הנתונים המרכזי את הרשומות הקודמות שלה כ־⁨{station}⁩; אפשר לבדוק כשבראש המסך יופיע &quot;מסונכרן&quot;.</translation>
    </message>
    <message>
        <source>The central database holds events #{first}–#{last} of this station&apos;s audit chain that this station&apos;s store lacks: they were deleted here, or the data folder was restored from an old copy. Nothing was sent. Run `station audit verify --central` and call IT.</source>
        <translation>‏במסד הנתונים המרכזי יש אירועים #⁨{first}⁩–#⁨{last}⁩ של שרשרת הביקורת של העמדה שחסרים במאגר של העמדה: הם נמחקו כאן, או שתיקיית הנתונים שוחזרה מעותק ישן. דבר לא נשלח. הריצו `station audit verify --central` וקראו לתמיכת המחשוב.</translation>
    </message>
    <message>
        <source>The pattern {pattern} in the setting {setting} is not valid ({problem}). Write it without backreferences (\1) or lookaround ((?=…), (?!…)), or ask a lead to fix it in Admin.</source>
        <translation>‏התבנית ⁨{pattern}⁩ בהגדרה ⁨{setting}⁩ אינה תקינה (⁨{problem}⁩). כתבו אותה בלי הפניות לאחור (⁦\1⁩) ובלי הצצה קדימה או אחורה (⁦(?=…), (?!…)⁩), או בקשו מאחראי משמרת לתקן אותה בניהול.</translation>
    </message>
    <message>
        <source>Refurb re-graded it {grade}/{disposition} after the repair.</source>
        <translation>‏אחרי התיקון השיפוץ דירג מחדש: ⁨{grade}⁩/⁨{disposition}⁩.</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>‏בודק/ת</translation>
    </message>
    <message>
        <source>Shift lead</source>
        <translation>‏אחראי/ת משמרת</translation>
    </message>
    <message>
        <source>Refurb</source>
        <translation>‏שיפוץ</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>‏מנהל/ת מערכת</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>‏לקוח/ה</translation>
    </message>
    <message>
        <source>Put in</source>
        <translation>‏הוכנס</translation>
    </message>
    <message>
        <source>Taken out</source>
        <translation>‏הוצא</translation>
    </message>
    <message>
        <source>Told</source>
        <translation>‏נמסר</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>‏ממתין לשליחה</translation>
    </message>
    <message>
        <source>The shop refused it</source>
        <translation>‏החנות דחתה</translation>
    </message>
    <message>
        <source>The expected item (on the RMA, or the one you chose)</source>
        <translation>‏הפריט הצפוי (שב־RMA, או זה שבחרתם)</translation>
    </message>
    <message>
        <source>The expected shoes (on the RMA, or the ones you chose)</source>
        <translation>‏הנעליים הצפויות (שב־RMA, או אלה שבחרתם)</translation>
    </message>
    <message>
        <source>Original box, damaged</source>
        <translation>‏קופסה מקורית, פגועה</translation>
    </message>
    <message>
        <source>No original box</source>
        <translation>‏אין קופסה מקורית</translation>
    </message>
    <message>
        <source>None - clean soles, no creases</source>
        <translation>‏אין - סוליות נקיות, בלי קמטים</translation>
    </message>
    <message>
        <source>Tried on indoors: soles clean, faint marks</source>
        <translation>‏נמדדו בבית: סוליות נקיות, סימנים קלים</translation>
    </message>
    <message>
        <source>Worn outside: dirt or wear on the soles, creased uppers</source>
        <translation>‏נעלו בחוץ: לכלוך או שחיקה בסוליות, קמטים בחלק העליון</translation>
    </message>
    <message>
        <source>Any damage (scuffs, stains, sole coming loose, torn stitching, broken laces or buckles)?</source>
        <translation>‏יש נזק (שפשופים, כתמים, סוליה מתנתקת, תפרים קרועים, שרוכים או אבזמים שבורים)?</translation>
    </message>
    <message>
        <source>Scuffs or marks on the uppers</source>
        <translation>‏שפשופים או סימנים בחלק העליון</translation>
    </message>
    <message>
        <source>Stains or odour</source>
        <translation>‏כתמים או ריח</translation>
    </message>
    <message>
        <source>Broken lace, buckle, zip or strap</source>
        <translation>‏שרוך, אבזם, רוכסן או רצועה שבורים</translation>
    </message>
    <message>
        <source>Torn stitching or upper</source>
        <translation>‏תפר או חלק עליון קרועים</translation>
    </message>
    <message>
        <source>Sole coming loose or cracked</source>
        <translation>‏סוליה מתנתקת או סדוקה</translation>
    </message>
    <message>
        <source>Are the extras in the box (spare laces, dust bag, paper stuffing)?</source>
        <translation>‏האם התוספות בקופסה (שרוכים רזרביים, שקית אבק, נייר מילוי)?</translation>
    </message>
    <message>
        <source>Answer yes if these shoes never came with extras.</source>
        <translation>‏ענו כן אם הנעליים האלה מעולם לא הגיעו עם תוספות.</translation>
    </message>
    <message>
        <source>Home &amp; kitchen</source>
        <translation>‏בית ומטבח</translation>
    </message>
    <message>
        <source>A different item (other model, colour or product)</source>
        <translation>‏פריט אחר (דגם, צבע או מוצר אחר)</translation>
    </message>
    <message>
        <source>Does the model or serial number on the item match the RMA?</source>
        <translation>‏האם הדגם או המספר הסידורי שעל הפריט תואמים ל־RMA?</translation>
    </message>
    <message>
        <source>Appliances have a rating plate underneath or at the back.</source>
        <translation>‏למכשירי חשמל יש לוחית נתונים מתחת או מאחור.</translation>
    </message>
    <message>
        <source>This kind of item has no serial or model plate</source>
        <translation>‏לסוג הפריט הזה אין לוחית מספר סידורי או דגם</translation>
    </message>
    <message>
        <source>Photograph the rating plate or model label.</source>
        <translation>‏צלמו את לוחית הנתונים או את תווית הדגם.</translation>
    </message>
    <message>
        <source>Are all parts there (lids, blades, attachments, power cord, manual)?</source>
        <translation>‏האם כל החלקים נמצאים (מכסים, להבים, אביזרים, כבל חשמל, חוברת)?</translation>
    </message>
    <message>
        <source>Compare with the parts list in the manual or on the catalog page.</source>
        <translation>‏השוו לרשימת החלקים שבחוברת או בדף הקטלוג.</translation>
    </message>
    <message>
        <source>Lid</source>
        <translation>‏מכסה</translation>
    </message>
    <message>
        <source>Blade, whisk or other attachment</source>
        <translation>‏להב, מטרפה או אביזר אחר</translation>
    </message>
    <message>
        <source>Power cord or base</source>
        <translation>‏כבל חשמל או בסיס</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>‏חוברת הוראות</translation>
    </message>
    <message>
        <source>Other part</source>
        <translation>‏חלק אחר</translation>
    </message>
    <message>
        <source>None - clean, never used</source>
        <translation>‏אין - נקי, לא היה בשימוש</translation>
    </message>
    <message>
        <source>Used once or twice, clean</source>
        <translation>‏היה בשימוש פעם־פעמיים, נקי</translation>
    </message>
    <message>
        <source>Used: food residue, stains, limescale, soot</source>
        <translation>‏משומש: שאריות אוכל, כתמים, אבנית, פיח</translation>
    </message>
    <message>
        <source>Photograph the residue or stains.</source>
        <translation>‏צלמו את השאריות או הכתמים.</translation>
    </message>
    <message>
        <source>Any damage (scratches, dents, chips, cracks, broken glass, damaged cord)?</source>
        <translation>‏יש נזק (שריטות, מכות, סדקים, שברים, זכוכית שבורה, כבל פגום)?</translation>
    </message>
    <message>
        <source>Do not plug in an appliance with a damaged cord or plug.</source>
        <translation>‏אל תחברו לחשמל מכשיר עם כבל או תקע פגומים.</translation>
    </message>
    <message>
        <source>Scratches or small dents</source>
        <translation>‏שריטות או מכות קטנות</translation>
    </message>
    <message>
        <source>Chipped or cracked (ceramic, enamel, plastic)</source>
        <translation>‏סדוק או שבור בקצה (קרמיקה, אמייל, פלסטיק)</translation>
    </message>
    <message>
        <source>Scratched non-stick coating</source>
        <translation>‏ציפוי נון־סטיק שרוט</translation>
    </message>
    <message>
        <source>Broken glass</source>
        <translation>‏זכוכית שבורה</translation>
    </message>
    <message>
        <source>Damaged power cord or plug</source>
        <translation>‏כבל חשמל או תקע פגומים</translation>
    </message>
    <message>
        <source>Other broken part</source>
        <translation>‏חלק שבור אחר</translation>
    </message>
    <message>
        <source>Plug in and run each setting briefly (heats, spins, lights up, timer).</source>
        <translation>‏חברו לחשמל והפעילו כל מצב לזמן קצר (חימום, סיבוב, תאורה, טיימר).</translation>
    </message>
    <message>
        <source>Works as it should</source>
        <translation>‏עובד כמו שצריך</translation>
    </message>
    <message>
        <source>Not an electrical item - nothing to test</source>
        <translation>‏לא מוצר חשמלי - אין מה לבדוק</translation>
    </message>
    <message>
        <source>Works, but with a fault (noise, a setting does not work)</source>
        <translation>‏עובד, אבל עם תקלה (רעש, מצב מסוים לא עובד)</translation>
    </message>
    <message>
        <source>Does not work</source>
        <translation>‏לא עובד</translation>
    </message>
    <message>
        <source>Toys &amp; games</source>
        <translation>‏צעצועים ומשחקים</translation>
    </message>
    <message>
        <source>A different item (other set, model or product)</source>
        <translation>‏פריט אחר (ערכה, דגם או מוצר אחר)</translation>
    </message>
    <message>
        <source>Small pieces (bricks, cards, tokens)</source>
        <translation>‏חלקים קטנים (לבנים, קלפים, אסימונים)</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>‏הוראות</translation>
    </message>
    <message>
        <source>Batteries, charger or remote</source>
        <translation>‏סוללות, מטען או שלט</translation>
    </message>
    <message>
        <source>A main part (figure, vehicle, board, base)</source>
        <translation>‏חלק עיקרי (דמות, רכב, לוח, בסיס)</translation>
    </message>
    <message>
        <source>Signs of play?</source>
        <translation>‏סימני משחק?</translation>
    </message>
    <message>
        <source>None - pieces still in their bags</source>
        <translation>‏אין - החלקים עדיין בשקיות</translation>
    </message>
    <message>
        <source>Light: assembled or played with briefly</source>
        <translation>‏קלים: הורכב או שיחקו בו קצת</translation>
    </message>
    <message>
        <source>Heavy: marks, stickers applied, dirt</source>
        <translation>‏כבדים: סימנים, מדבקות הודבקו, לכלוך</translation>
    </message>
    <message>
        <source>Any damage (broken parts, sharp edges, loose small parts, battery leak, stains)?</source>
        <translation>‏יש נזק (חלקים שבורים, קצוות חדים, חלקים קטנים רופפים, דליפת סוללה, כתמים)?</translation>
    </message>
    <message>
        <source>A sharp edge or a loose small part is a safety risk for children - never restock it.</source>
        <translation>‏קצה חד או חלק קטן רופף הם סכנה לילדים - לעולם אל תחזירו אותם למלאי.</translation>
    </message>
    <message>
        <source>Scuffs or marks</source>
        <translation>‏שפשופים או סימנים</translation>
    </message>
    <message>
        <source>Stains, odour or pet hair</source>
        <translation>‏כתמים, ריח או שיער של חיות</translation>
    </message>
    <message>
        <source>Broken part</source>
        <translation>‏חלק שבור</translation>
    </message>
    <message>
        <source>Sharp edge, or a small part coming loose (choking hazard)</source>
        <translation>‏קצה חד, או חלק קטן שמשתחרר (סכנת חנק)</translation>
    </message>
    <message>
        <source>Battery leak or corrosion</source>
        <translation>‏דליפת סוללה או קורוזיה</translation>
    </message>
    <message>
        <source>Fit fresh test batteries. Check lights, sounds, motors and the remote or app.</source>
        <translation>‏הכניסו סוללות בדיקה חדשות. בדקו אורות, צלילים, מנועים ואת השלט או האפליקציה.</translation>
    </message>
    <message>
        <source>No batteries or moving parts - nothing to test</source>
        <translation>‏אין סוללות או חלקים נעים - אין מה לבדוק</translation>
    </message>
    <message>
        <source>Works partly (a light, sound or motor fails)</source>
        <translation>‏עובד חלקית (אור, צליל או מנוע לא עובדים)</translation>
    </message>
    <message>
        <source>like new, no issues found</source>
        <translation>‏כמו חדש, לא נמצאו בעיות</translation>
    </message>
    <message>
        <source>empty box or packaging only - nothing to restock</source>
        <translation>‏קופסה ריקה או אריזה בלבד - אין מה להחזיר למלאי</translation>
    </message>
    <message>
        <source>not the item on the RMA</source>
        <translation>‏לא הפריט שב־RMA</translation>
    </message>
    <message>
        <source>not the item on the RMA - keep it on the hold shelf until a lead decides</source>
        <translation>‏לא הפריט שב־RMA - השאירו אותו על מדף ההמתנה עד שאחראי משמרת יחליט</translation>
    </message>
    <message>
        <source>serial number or IMEI differs from the RMA</source>
        <translation>‏המספר הסידורי או ה־IMEI שונים מה־RMA</translation>
    </message>
    <message>
        <source>serial number missing or unreadable</source>
        <translation>‏המספר הסידורי חסר או לא קריא</translation>
    </message>
    <message>
        <source>retail box damaged</source>
        <translation>‏קופסת המוצר פגועה</translation>
    </message>
    <message>
        <source>no retail box</source>
        <translation>‏אין קופסת מוצר</translation>
    </message>
    <message>
        <source>manual missing</source>
        <translation>‏חסרה חוברת הוראות</translation>
    </message>
    <message>
        <source>accessories missing - needs re-kitting</source>
        <translation>‏חסרים אביזרים - צריך להשלים ערכה</translation>
    </message>
    <message>
        <source>light signs of use</source>
        <translation>‏סימני שימוש קלים</translation>
    </message>
    <message>
        <source>clear signs of use - needs cleaning and cosmetic work</source>
        <translation>‏סימני שימוש ברורים - צריך ניקוי ותיקון קוסמטי</translation>
    </message>
    <message>
        <source>works, but scratches on the screen</source>
        <translation>‏עובד, אבל יש שריטות על המסך</translation>
    </message>
    <message>
        <source>works, but dents or scratches on the body</source>
        <translation>‏עובד, אבל יש מכות או שריטות על הגוף</translation>
    </message>
    <message>
        <source>battery health below 80 % - battery to replace</source>
        <translation>‏מצב הסוללה מתחת ל־80% - צריך להחליף סוללה</translation>
    </message>
    <message>
        <source>powers on, but a function fails</source>
        <translation>‏נדלק, אבל פונקציה מסוימת לא עובדת</translation>
    </message>
    <message>
        <source>does not power on or charge</source>
        <translation>‏לא נדלק ולא נטען</translation>
    </message>
    <message>
        <source>cracked screen or glass</source>
        <translation>‏מסך או זכוכית סדוקים</translation>
    </message>
    <message>
        <source>broken or missing part</source>
        <translation>‏חלק שבור או חסר</translation>
    </message>
    <message>
        <source>still locked to the customer&apos;s account - cannot be sold until unlocked</source>
        <translation>‏עדיין נעול לחשבון של הלקוח - אי אפשר למכור עד שישוחרר</translation>
    </message>
    <message>
        <source>broken and does not power on - not worth repairing</source>
        <translation>‏שבור ולא נדלק - לא משתלם לתקן</translation>
    </message>
    <message>
        <source>liquid damage</source>
        <translation>‏נזק מנוזלים</translation>
    </message>
    <message>
        <source>swollen battery or burn marks - fire risk, to the battery bin</source>
        <translation>‏סוללה נפוחה או סימני שריפה - סכנת שריפה, לפח הסוללות</translation>
    </message>
    <message>
        <source>size or colour differs from the RMA</source>
        <translation>‏המידה או הצבע שונים מה־RMA</translation>
    </message>
    <message>
        <source>no original bag or box</source>
        <translation>‏אין שקית או קופסה מקורית</translation>
    </message>
    <message>
        <source>tags removed, but in the parcel - re-attach</source>
        <translation>‏התוויות הוסרו, אבל נמצאות בחבילה - לחבר מחדש</translation>
    </message>
    <message>
        <source>price tags missing - needs re-tagging</source>
        <translation>‏חסרות תוויות מחיר - צריך לתייג מחדש</translation>
    </message>
    <message>
        <source>tried on only - press and re-fold</source>
        <translation>‏נמדד בלבד - לגהץ ולקפל מחדש</translation>
    </message>
    <message>
        <source>worn - needs cleaning, sell as second quality</source>
        <translation>‏נלבש - צריך ניקוי, למכור כסוג ב׳</translation>
    </message>
    <message>
        <source>washed or altered - cannot be sold as new</source>
        <translation>‏כובס או שונה - אי אפשר למכור כחדש</translation>
    </message>
    <message>
        <source>stains, make-up, odour or pet hair - needs cleaning</source>
        <translation>‏כתמים, איפור, ריח או שיער של חיות - צריך ניקוי</translation>
    </message>
    <message>
        <source>pulls or snags in the fabric</source>
        <translation>‏משיכות או קרעונים בבד</translation>
    </message>
    <message>
        <source>security tag attached or its hole visible</source>
        <translation>‏תג אבטחה מחובר או שהחור שלו נראה</translation>
    </message>
    <message>
        <source>broken fastener or open seam - repair first</source>
        <translation>‏סגירה שבורה או תפר פתוח - קודם לתקן</translation>
    </message>
    <message>
        <source>hole or tear in the fabric</source>
        <translation>‏חור או קרע בבד</translation>
    </message>
    <message>
        <source>size, model or colour differs from the RMA</source>
        <translation>‏המידה, הדגם או הצבע שונים מה־RMA</translation>
    </message>
    <message>
        <source>only one shoe returned</source>
        <translation>‏הוחזרה נעל אחת בלבד</translation>
    </message>
    <message>
        <source>the two shoes do not match</source>
        <translation>‏שתי הנעליים לא תואמות</translation>
    </message>
    <message>
        <source>the two shoes do not match - keep them on the hold shelf until a lead decides</source>
        <translation>‏שתי הנעליים לא תואמות - השאירו אותן על מדף ההמתנה עד שאחראי משמרת יחליט</translation>
    </message>
    <message>
        <source>shoe box damaged</source>
        <translation>‏קופסת הנעליים פגועה</translation>
    </message>
    <message>
        <source>no original shoe box</source>
        <translation>‏אין קופסת נעליים מקורית</translation>
    </message>
    <message>
        <source>extras missing (spare laces, dust bag)</source>
        <translation>‏חסרות תוספות (שרוכים רזרביים, שקית אבק)</translation>
    </message>
    <message>
        <source>tried on indoors</source>
        <translation>‏נמדדו בבית</translation>
    </message>
    <message>
        <source>worn outside - needs cleaning</source>
        <translation>‏נעלו בחוץ - צריך ניקוי</translation>
    </message>
    <message>
        <source>scuffs, stains or odour - needs cleaning</source>
        <translation>‏שפשופים, כתמים או ריח - צריך ניקוי</translation>
    </message>
    <message>
        <source>broken fastener or torn stitching - repair first</source>
        <translation>‏סגירה שבורה או תפר קרוע - קודם לתקן</translation>
    </message>
    <message>
        <source>sole coming loose or cracked</source>
        <translation>‏סוליה מתנתקת או סדוקה</translation>
    </message>
    <message>
        <source>model or serial number differs from the RMA</source>
        <translation>‏הדגם או המספר הסידורי שונים מה־RMA</translation>
    </message>
    <message>
        <source>parts missing - needs re-kitting</source>
        <translation>‏חסרים חלקים - צריך להשלים ערכה</translation>
    </message>
    <message>
        <source>used once or twice</source>
        <translation>‏היה בשימוש פעם־פעמיים</translation>
    </message>
    <message>
        <source>used - needs cleaning before resale</source>
        <translation>‏משומש - צריך ניקוי לפני מכירה חוזרת</translation>
    </message>
    <message>
        <source>works, but scratches or small dents</source>
        <translation>‏עובד, אבל יש שריטות או מכות קטנות</translation>
    </message>
    <message>
        <source>works, but with a fault</source>
        <translation>‏עובד, אבל עם תקלה</translation>
    </message>
    <message>
        <source>does not work</source>
        <translation>‏לא עובד</translation>
    </message>
    <message>
        <source>broken part</source>
        <translation>‏חלק שבור</translation>
    </message>
    <message>
        <source>chipped, cracked or coating damaged - not food-safe</source>
        <translation>‏סדוק, שבור בקצה או שהציפוי פגום - לא בטוח למזון</translation>
    </message>
    <message>
        <source>broken glass</source>
        <translation>‏זכוכית שבורה</translation>
    </message>
    <message>
        <source>damaged power cord or plug - electrical hazard</source>
        <translation>‏כבל חשמל או תקע פגומים - סכנת התחשמלות</translation>
    </message>
    <message>
        <source>instructions missing</source>
        <translation>‏חסרות הוראות</translation>
    </message>
    <message>
        <source>pieces missing - needs re-kitting</source>
        <translation>‏חסרים חלקים - צריך להשלים ערכה</translation>
    </message>
    <message>
        <source>a main part is missing</source>
        <translation>‏חסר חלק עיקרי</translation>
    </message>
    <message>
        <source>light signs of play</source>
        <translation>‏סימני משחק קלים</translation>
    </message>
    <message>
        <source>heavy signs of play - needs cleaning</source>
        <translation>‏סימני משחק כבדים - צריך ניקוי</translation>
    </message>
    <message>
        <source>works, but scuffs or marks</source>
        <translation>‏עובד, אבל יש שפשופים או סימנים</translation>
    </message>
    <message>
        <source>stains, odour or pet hair - needs cleaning</source>
        <translation>‏כתמים, ריח או שיער של חיות - צריך ניקוי</translation>
    </message>
    <message>
        <source>works only partly</source>
        <translation>‏עובד רק חלקית</translation>
    </message>
    <message>
        <source>sharp edge or loose small part - choking hazard</source>
        <translation>‏קצה חד או חלק קטן רופף - סכנת חנק</translation>
    </message>
    <message>
        <source>battery leak or corrosion</source>
        <translation>‏דליפת סוללה או קורוזיה</translation>
    </message>
</context>
</TS>
