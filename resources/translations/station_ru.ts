<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>AdminPage</name>
    <message>
        <source>Camera calibration</source>
        <translation>Калибровка камеры</translation>
    </message>
    <message>
        <source>Take a sharp and a blurred photo of one item: the station suggests the blur limit.</source>
        <translation>Сделайте резкий и размытый снимок одного товара: станция предложит порог размытости.</translation>
    </message>
    <message>
        <source>Camera (C)</source>
        <translation>Камера (C)</translation>
    </message>
    <message>
        <source>No camera picture: take the photos from files</source>
        <translation>Нет изображения с камеры: возьмите снимки из файлов</translation>
    </message>
    <message>
        <source>1. The sharp photo</source>
        <translation>1. Резкий снимок</translation>
    </message>
    <message>
        <source>The item still, in focus, well lit.</source>
        <translation>Товар неподвижен, в фокусе, хорошо освещён.</translation>
    </message>
    <message>
        <source>Take the sharp photo (S)</source>
        <translation>Снять резкий снимок (S)</translation>
    </message>
    <message>
        <source>From a file… (Shift+S)</source>
        <translation>Из файла… (Shift+S)</translation>
    </message>
    <message>
        <source>2. The blurred photo</source>
        <translation>2. Размытый снимок</translation>
    </message>
    <message>
        <source>The same item, the camera moving as it takes it.</source>
        <translation>Тот же товар, камера движется во время съёмки.</translation>
    </message>
    <message>
        <source>Take the blurred photo (B)</source>
        <translation>Снять размытый снимок (B)</translation>
    </message>
    <message>
        <source>From a file… (Shift+B)</source>
        <translation>Из файла… (Shift+B)</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Станция</translation>
    </message>
    <message>
        <source>Camera setting</source>
        <translation>Настройка камеры</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Папка данных</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Синхронизация</translation>
    </message>
    <message>
        <source>S: sharp photo · B: blurred photo (move the camera) · Shift+S / Shift+B: from a file · C: camera · Enter: save</source>
        <translation>S: резкий снимок · B: размытый снимок (двигайте камеру) · Shift+S / Shift+B: из файла · C: камера · Enter: сохранить</translation>
    </message>
    <message>
        <source>Photo files</source>
        <translation>Файлы с фото</translation>
    </message>
    <message>
        <source>{camera} (this station&apos;s camera)</source>
        <translation>{camera} (камера этой станции)</translation>
    </message>
    <message>
        <source>Save for photo files (Enter)</source>
        <translation>Сохранить для файлов с фото (Enter)</translation>
    </message>
    <message>
        <source>Photo files are judged by these limits: take both test photos from files.</source>
        <translation>Файлы с фото проверяются по этим порогам: возьмите оба пробных снимка из файлов.</translation>
    </message>
    <message>
        <source>Save for camera {camera} (Enter)</source>
        <translation>Сохранить для камеры {camera} (Enter)</translation>
    </message>
    <message>
        <source>This station does not use this camera now: take both test photos from files made with it.</source>
        <translation>Станция сейчас не использует эту камеру: возьмите оба пробных снимка из файлов, снятых ею.</translation>
    </message>
    <message>
        <source>Photos for {camera} come from files: press Shift+S or Shift+B.</source>
        <translation>Снимки для {camera} берутся из файлов: нажмите Shift+S или Shift+B.</translation>
    </message>
    <message>
        <source>No camera picture. Take the photo from a file instead (Shift+S or Shift+B).</source>
        <translation>Нет изображения с камеры. Возьмите снимок из файла (Shift+S или Shift+B).</translation>
    </message>
    <message>
        <source>The sharp photo</source>
        <translation>Резкий снимок</translation>
    </message>
    <message>
        <source>The blurred photo</source>
        <translation>Размытый снимок</translation>
    </message>
    <message>
        <source>Now the blurred photo (B): move the camera while it takes it.</source>
        <translation>Теперь размытый снимок (B): двигайте камеру во время съёмки.</translation>
    </message>
    <message>
        <source>Now the sharp photo (S): hold the item still.</source>
        <translation>Теперь резкий снимок (S): держите товар неподвижно.</translation>
    </message>
    <message>
        <source>Comparing the two photos…</source>
        <translation>Сравниваем два снимка…</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>Ничего не сохранено.</translation>
    </message>
    <message>
        <source>Suggested blur limit {limit} (now {current}): photos sharper than {limit} pass.</source>
        <translation>Предлагаемый порог размытости {limit} (сейчас {current}): проходят снимки резче {limit}.</translation>
    </message>
    <message>
        <source>The blurred test photo scored {blurred}, the sharp one {sharp}.</source>
        <translation>Размытый пробный снимок набрал {blurred}, резкий — {sharp}.</translation>
    </message>
    <message>
        <source>Take both photos first: the sharp one (S), then the blurred one (B).</source>
        <translation>Сначала сделайте оба снимка: резкий (S), затем размытый (B).</translation>
    </message>
    <message>
        <source>Saved for photo files: from now on they pass when sharper than {limit}.</source>
        <translation>Сохранено для файлов с фото: теперь они проходят, если резче {limit}.</translation>
    </message>
    <message>
        <source>Saved for camera {camera}: from now on its photos pass when sharper than {limit}.</source>
        <translation>Сохранено для камеры {camera}: теперь её снимки проходят, если резче {limit}.</translation>
    </message>
</context>
<context>
    <name>AsideTray</name>
    <message>
        <source>Put aside</source>
        <translation>Отложено</translation>
    </message>
    <message>
        <source>Put aside ({n})</source>
        <translation>Отложено ({n})</translation>
    </message>
    <message>
        <source>open inspection</source>
        <translation>открытая проверка</translation>
    </message>
    <message>
        <source>waiting to be placed</source>
        <translation>ждёт размещения</translation>
    </message>
    <message>
        <source>1–9 pick · Enter: resume · Esc: close</source>
        <translation>1–9 выбор · Enter: продолжить · Esc: закрыть</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Table</source>
        <translation>Таблица</translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <source>Nothing in this period.</source>
        <translation>За этот период ничего нет.</translation>
    </message>
</context>
<context>
    <name>ChecklistView</name>
    <message>
        <source>Back (Backspace)</source>
        <translation>Назад (Backspace)</translation>
    </message>
    <message>
        <source>{title} · question {n} of {total}</source>
        <translation>{title} · вопрос {n} из {total}</translation>
    </message>
    <message>
        <source>{title} · question {n} of up to {total}</source>
        <translation>{title} · вопрос {n} из {total} возможных</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Digits go into the note only once you are in the field: press Tab or click it, then type.</source>
        <translation>Цифры попадают в заметку, только когда вы в поле: нажмите Tab или щёлкните по нему, затем печатайте.</translation>
    </message>
    <message>
        <source>Done (Enter)</source>
        <translation>Готово (Enter)</translation>
    </message>
    <message>
        <source>Type, then Enter</source>
        <translation>Введите и нажмите Enter</translation>
    </message>
    <message>
        <source>Next (Enter)</source>
        <translation>Далее (Enter)</translation>
    </message>
</context>
<context>
    <name>ContainerLabelPrinting</name>
    <message>
        <source>Print the container label</source>
        <translation>Печать этикетки контейнера</translation>
    </message>
    <message>
        <source>The label was not printed. It is saved as {file}: print it from there.</source>
        <translation>Этикетка не напечатана. Она сохранена как {file}: напечатайте её оттуда.</translation>
    </message>
    <message>
        <source>The printer did not take the container label. Check that it is on and has labels, then print the saved label again.</source>
        <translation>Принтер не принял этикетку контейнера. Проверьте, что он включён и в нём есть этикетки, затем напечатайте сохранённую этикетку снова.</translation>
    </message>
</context>
<context>
    <name>ContainersPage</name>
    <message>
        <source>Containers</source>
        <translation>Контейнеры</translation>
    </message>
    <message>
        <source>Scan a container, an item&apos;s label or a location, or type it</source>
        <translation>Отсканируйте контейнер, этикетку товара или место, или введите код</translation>
    </message>
    <message>
        <source>Open containers at this station</source>
        <translation>Открытые контейнеры на этом посту</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>Контейнер</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Товары</translation>
    </message>
    <message>
        <source>Fill</source>
        <translation>Заполнение</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Зона</translation>
    </message>
    <message>
        <source>Scan a container to see what is in it</source>
        <translation>Отсканируйте контейнер, чтобы увидеть, что в нём</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Артикул</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Товар</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Серийный номер</translation>
    </message>
    <message>
        <source>Move tasks: scan the item, then the new container</source>
        <translation>Перемещения: отсканируйте товар, затем новый контейнер</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Сейчас в</translation>
    </message>
    <message>
        <source>Goes to</source>
        <translation>Куда</translation>
    </message>
    <message>
        <source>Close, label and manifest (F10)</source>
        <translation>Закрыть, этикетка и опись (F10)</translation>
    </message>
    <message>
        <source>Refresh (F11)</source>
        <translation>Обновить (F11)</translation>
    </message>
    <message>
        <source>Scan a container: its contents · then a location: move it there · Scan an item&apos;s label, then a container: put it in · F10: close and print · Esc: forget the item</source>
        <translation>Скан контейнера: его содержимое · затем места: переместить туда · Скан этикетки товара, затем контейнера: положить · F10: закрыть и напечатать · Esc: забыть товар</translation>
    </message>
    <message>
        <source>That is a location. Scan the container first, then the location it goes to.</source>
        <translation>Это место. Сначала отсканируйте контейнер, затем место, куда он едет.</translation>
    </message>
    <message>
        <source>{code} is not a container, an item&apos;s label or a location here. Check the barcode.</source>
        <translation>{code} — не контейнер, не этикетка товара и не место. Проверьте штрихкод.</translation>
    </message>
    <message>
        <source>Scan that container to put the item in.</source>
        <translation>Отсканируйте этот контейнер, чтобы положить в него товар.</translation>
    </message>
    <message>
        <source>{code} is now at {location}.</source>
        <translation>{code} теперь в месте {location}.</translation>
    </message>
    <message>
        <source>Item forgotten: scan the next one.</source>
        <translation>Товар забыт: сканируйте следующий.</translation>
    </message>
    <message>
        <source>Scan the container to close first.</source>
        <translation>Сначала отсканируйте контейнер, который нужно закрыть.</translation>
    </message>
    <message>
        <source>Label and manifest saved in {folder}.</source>
        <translation>Этикетка и опись сохранены в {folder}.</translation>
    </message>
    <message>
        <source>The label went to the printer.</source>
        <translation>Этикетка отправлена на принтер.</translation>
    </message>
    <message numerus="yes">
        <source>%n open here</source>
        <translation>
            <numerusform>открыто здесь: %n</numerusform>
            <numerusform>открыто здесь: %n</numerusform>
            <numerusform>открыто здесь: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n move task(s)</source>
        <translation>
            <numerusform>%n перемещение</numerusform>
            <numerusform>%n перемещения</numerusform>
            <numerusform>%n перемещений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) waiting to be placed</source>
        <translation>
            <numerusform>%n товар ждёт размещения</numerusform>
            <numerusform>%n товара ждут размещения</numerusform>
            <numerusform>%n товаров ждут размещения</numerusform>
        </translation>
    </message>
    <message>
        <source>open</source>
        <translation>открыт</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>закрыт</translation>
    </message>
    <message>
        <source>{kind} {code} · {zone} · {status} · {n}/{capacity} · {location}</source>
        <translation>{kind} {code} · {zone} · {status} · {n}/{capacity} · {location}</translation>
    </message>
    <message>
        <source>no location</source>
        <translation>без места</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>inspections</source>
        <translation>проверок</translation>
    </message>
    <message>
        <source>median minutes, scan to complete</source>
        <translation>медиана минут от сканирования до завершения</translation>
    </message>
    <message>
        <source>p90 minutes, scan to complete</source>
        <translation>p90 минут от сканирования до завершения</translation>
    </message>
    <message>
        <source>median hours to lead review</source>
        <translation>медиана часов до рассмотрения старшим смены</translation>
    </message>
    <message>
        <source>refunds and exchanges</source>
        <translation>возвраты денег и обмены</translation>
    </message>
    <message>
        <source>store credit</source>
        <translation>баллы магазина</translation>
    </message>
    <message>
        <source>flagged for a lead</source>
        <translation>отмечено для старшего смены</translation>
    </message>
    <message>
        <source>wrong PINs at sign-in</source>
        <translation>неверных PIN при входе</translation>
    </message>
    <message>
        <source>items placed per hour</source>
        <translation>товаров размещено в час</translation>
    </message>
    <message>
        <source>mis-sorts caught by the confirm scan</source>
        <translation>ошибок сортировки поймано сканом</translation>
    </message>
    <message>
        <source>open containers</source>
        <translation>открытых контейнеров</translation>
    </message>
    <message>
        <source>move tasks waiting</source>
        <translation>перемещений ждёт</translation>
    </message>
    <message>
        <source>inspections a shop refused</source>
        <translation>проверки, от которых магазин отказался</translation>
    </message>
    <message>
        <source>inspections the shop has not heard of yet</source>
        <translation>проверки, о которых магазин ещё не знает</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Последние 7 дней</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Последние 30 дней</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Последние 90 дней</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Последние 12 месяцев</translation>
    </message>
    <message>
        <source>All stations</source>
        <translation>Все станции</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Все категории</translation>
    </message>
    <message>
        <source>This station&apos;s store</source>
        <translation>Хранилище этой станции</translation>
    </message>
    <message>
        <source>Central database</source>
        <translation>Центральная база</translation>
    </message>
    <message>
        <source>Refresh (Ctrl+R)</source>
        <translation>Обновить (Ctrl+R)</translation>
    </message>
    <message>
        <source>Ctrl+R: refresh · Table: the figures behind a chart · CSV…: save them for a spreadsheet</source>
        <translation>Ctrl+R: обновить · Таблица: данные графика · CSV…: сохранить для электронной таблицы</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Обновляю…</translation>
    </message>
    <message numerus="yes">
        <source>%n inspection(s) the shop was told of</source>
        <translation>
            <numerusform>%n проверка, о которой магазин уведомлён</numerusform>
            <numerusform>%n проверки, о которых магазин уведомлён</numerusform>
            <numerusform>%n проверок, о которых магазин уведомлён</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name}: {rate:.1f} per hour (%n item(s))</source>
        <translation>
            <numerusform>{name}: {rate:.1f} в час (%n товар)</numerusform>
            <numerusform>{name}: {rate:.1f} в час (%n товара)</numerusform>
            <numerusform>{name}: {rate:.1f} в час (%n товаров)</numerusform>
        </translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Возврат денег</translation>
    </message>
    <message>
        <source>Store credit</source>
        <translation>Баллы магазина</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Обмен</translation>
    </message>
    <message>
        <source>No refund</source>
        <translation>Без возврата</translation>
    </message>
    <message>
        <source>Outside window</source>
        <translation>Вне срока возврата</translation>
    </message>
    <message>
        <source>Repeat returner</source>
        <translation>Частый возвратчик</translation>
    </message>
    <message>
        <source>Used, sold as unopened</source>
        <translation>Б/у, возвращено как невскрытое</translation>
    </message>
    <message>
        <source>Serial differs</source>
        <translation>Серийный номер отличается</translation>
    </message>
    <message>
        <source>Wrong item</source>
        <translation>Не тот товар</translation>
    </message>
    <message>
        <source>Empty box</source>
        <translation>Пустая коробка</translation>
    </message>
    <message>
        <source>Unexpected</source>
        <translation>Неожиданный</translation>
    </message>
    <message>
        <source>Outcome changed</source>
        <translation>Итог изменён</translation>
    </message>
    <message>
        <source>Item missing</source>
        <translation>Товара нет</translation>
    </message>
    <message>
        <source>Unsafe</source>
        <translation>Опасно</translation>
    </message>
    <message>
        <source>Account locked</source>
        <translation>Привязано к учётной записи</translation>
    </message>
    <message>
        <source>{since} – {until} · updated {time}</source>
        <translation>{since} – {until} · обновлено {time}</translation>
    </message>
    <message>
        <source>Save the table as CSV</source>
        <translation>Сохранить таблицу в CSV</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Сохранено: {path}</translation>
    </message>
</context>
<context>
    <name>DecidePanel</name>
    <message>
        <source>Why? Required to regrade; optional note when approving</source>
        <translation>Почему? Обязательно при смене оценки; при утверждении — по желанию</translation>
    </message>
    <message>
        <source>New outcome</source>
        <translation>Новый итог</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Утвердить</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>Regrade</source>
        <translation>Изменить оценку</translation>
    </message>
    <message>
        <source>Evidence packet (PDF)</source>
        <translation>Пакет доказательств (PDF)</translation>
    </message>
    <message>
        <source>Choose an inspection from the queue.</source>
        <translation>Выберите проверку из очереди.</translation>
    </message>
    <message>
        <source>Now: grade {grade} · {disposition}</source>
        <translation>Сейчас: оценка {grade} · {disposition}</translation>
    </message>
</context>
<context>
    <name>EvidenceViewer</name>
    <message>
        <source>Zoom {zoom} %</source>
        <translation>Масштаб {zoom} %</translation>
    </message>
    <message>
        <source>Catalog image</source>
        <translation>Фото из каталога</translation>
    </message>
    <message>
        <source>Photo checks</source>
        <translation>Проверки фото</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Station #</source>
        <translation>Станция №</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>Хеш</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Ответы</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Причины</translation>
    </message>
    <message>
        <source>Who did what</source>
        <translation>История</translation>
    </message>
    <message>
        <source>Label and item</source>
        <translation>Этикетка</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Аудит</translation>
    </message>
    <message>
        <source>No inspection open</source>
        <translation>Нет открытой проверки</translation>
    </message>
    <message>
        <source>{product} · {rma} · {inspector} at {station} · {when}</source>
        <translation>{product} · {rma} · {inspector}, станция {station} · {when}</translation>
    </message>
    <message>
        <source>no RMA</source>
        <translation>без RMA</translation>
    </message>
    <message>
        <source>This inspection has no photos.</source>
        <translation>В этой проверке нет фото.</translation>
    </message>
    <message>
        <source>Why it is here:</source>
        <translation>Почему это здесь:</translation>
    </message>
    <message>
        <source>Why the rules graded it {grade} · {disposition}:</source>
        <translation>Почему правила дали {grade} · {disposition}:</translation>
    </message>
    <message>
        <source>Inspector set {grade} · {disposition}: {reason}</source>
        <translation>Контролёр установил(а) {grade} · {disposition}: {reason}</translation>
    </message>
    <message>
        <source>Label as scanned: {text} ({kind})</source>
        <translation>Этикетка при сканировании: {text} ({kind})</translation>
    </message>
    <message>
        <source>RMA {rma}, line {line} · order {order}</source>
        <translation>RMA {rma}, строка {line} · заказ {order}</translation>
    </message>
    <message>
        <source>Customer: {customer} · reason: {reason} · bought {date}</source>
        <translation>Клиент: {customer} · причина: {reason} · куплено {date}</translation>
    </message>
    <message>
        <source>SKU {sku} · serial {serial} (expected {expected})</source>
        <translation>Артикул {sku} · серийный номер {serial} (ожидался {expected})</translation>
    </message>
    <message>
        <source>Checklist {category} v{version} · rules {rules}</source>
        <translation>Чек-лист {category} v{version} · правила {rules}</translation>
    </message>
    <message>
        <source>✓ Shop told: {where}</source>
        <translation>✓ Магазин уведомлён: {where}</translation>
    </message>
    <message>
        <source>✗ Shop refused: {reason}</source>
        <translation>✗ Магазин отказал: {reason}</translation>
    </message>
    <message>
        <source>… Shop not told yet, waiting: {where}</source>
        <translation>… Магазин ещё не уведомлён, ждёт: {where}</translation>
    </message>
    <message>
        <source>As of {when}</source>
        <translation>По состоянию на {when}</translation>
    </message>
    <message>
        <source>Photo {n} of {total} · {when} · SHA-256 {sha}…{prompt}</source>
        <translation>Фото {n} из {total} · {when} · SHA-256 {sha}…{prompt}</translation>
    </message>
    <message>
        <source>No checks were stored with this photo.</source>
        <translation>Для этого фото проверки не сохранены.</translation>
    </message>
    <message>
        <source>Open inspection {id}, same picture</source>
        <translation>Открыть проверку {id}, тот же снимок</translation>
    </message>
</context>
<context>
    <name>FigureBuilder</name>
    <message>
        <source>(no reason given)</source>
        <translation>(причина не указана)</translation>
    </message>
    <message>
        <source>Returns by week</source>
        <translation>Возвраты по неделям</translation>
    </message>
    <message>
        <source>Week from</source>
        <translation>Неделя с</translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation>Проверки</translation>
    </message>
    <message>
        <source>Return reasons</source>
        <translation>Причины возврата</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Возвраты</translation>
    </message>
    <message>
        <source>Grade mix</source>
        <translation>Распределение оценок</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Disposition mix</source>
        <translation>Распределение решений</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Артикул</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Товар</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Units sold</source>
        <translation>Продано единиц</translation>
    </message>
    <message>
        <source>Return rate</source>
        <translation>Доля возвратов</translation>
    </message>
    <message>
        <source>Most returned</source>
        <translation>Чаще всего возвращают</translation>
    </message>
    <message>
        <source>Return rate, %</source>
        <translation>Доля возвратов, %</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Контролёр</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Товары</translation>
    </message>
    <message>
        <source>Hours worked</source>
        <translation>Отработано часов</translation>
    </message>
    <message>
        <source>Items per hour</source>
        <translation>Товаров в час</translation>
    </message>
    <message>
        <source>Settlement</source>
        <translation>Расчёт</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Сборы</translation>
    </message>
    <message>
        <source>Money back</source>
        <translation>Возвращено денег</translation>
    </message>
    <message>
        <source>Flags by kind</source>
        <translation>Отметки по видам</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Отметка</translation>
    </message>
    <message>
        <source>Processing (scan to complete)</source>
        <translation>Обработка (от сканирования до завершения)</translation>
    </message>
    <message>
        <source>Lead review turnaround</source>
        <translation>Срок рассмотрения старшим смены</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Медиана</translation>
    </message>
    <message>
        <source>p90</source>
        <translation>p90</translation>
    </message>
    <message>
        <source>Minutes per item</source>
        <translation>Минут на товар</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Median (min)</source>
        <translation>Медиана (мин)</translation>
    </message>
    <message>
        <source>p90 (min)</source>
        <translation>p90 (мин)</translation>
    </message>
</context>
<context>
    <name>GradeView</name>
    <message>
        <source>Why</source>
        <translation>Почему</translation>
    </message>
    <message>
        <source>Back (Backspace)</source>
        <translation>Назад (Backspace)</translation>
    </message>
    <message>
        <source>Change outcome… (O)</source>
        <translation>Изменить итог… (O)</translation>
    </message>
    <message>
        <source>Complete (Enter)</source>
        <translation>Завершить (Enter)</translation>
    </message>
    <message>
        <source>Recommended: {rule}</source>
        <translation>Рекомендуется: {rule}</translation>
    </message>
    <message>
        <source>Cancel the change (Esc)</source>
        <translation>Отменить изменение (Esc)</translation>
    </message>
</context>
<context>
    <name>IdentifyView</name>
    <message>
        <source>No catalog image</source>
        <translation>Нет фото из каталога</translation>
    </message>
    <message>
        <source>RMA</source>
        <translation>RMA</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Заказ</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Reason given</source>
        <translation>Указанная причина</translation>
    </message>
    <message>
        <source>Purchased</source>
        <translation>Куплено</translation>
    </message>
    <message>
        <source> · key {key}</source>
        <translation> · клавиша {key}</translation>
    </message>
    <message>
        <source>Open inspection: line {line}, {name}</source>
        <translation>Открыть проверку: строка {line}, {name}</translation>
    </message>
    <message>
        <source> (Enter)</source>
        <translation> (Enter)</translation>
    </message>
    <message>
        <source>Inspect line {line}: {name} [{sku}]{serial}</source>
        <translation>Строка {line}: {name} [{sku}]{serial}</translation>
    </message>
    <message>
        <source>Scan another label (Esc)</source>
        <translation>Сканировать другую этикетку (Esc)</translation>
    </message>
</context>
<context>
    <name>InspectPage</name>
    <message>
        <source>Your open inspection was restored where you left it.</source>
        <translation>Ваша незавершённая проверка восстановлена с того места, где вы остановились.</translation>
    </message>
    <message>
        <source>This item was graded but not yet put away.</source>
        <translation>Этот товар оценён, но ещё не размещён.</translation>
    </message>
    <message>
        <source>Inspection put aside. Scan its label again to go on with it.</source>
        <translation>Проверка отложена. Отсканируйте её этикетку ещё раз, чтобы продолжить.</translation>
    </message>
    <message>
        <source>Aside ({n}) · F10: list</source>
        <translation>Отложено ({n}) · F10: список</translation>
    </message>
    <message>
        <source>Scan the container&apos;s barcode · a return label: put this item aside</source>
        <translation>Сканируйте штрихкод контейнера · этикетка возврата: отложить этот товар</translation>
    </message>
    <message>
        <source>Enter or 1–9: open that inspection · Esc: scan another label</source>
        <translation>Enter или 1–9: открыть ту проверку · Esc: сканировать другую этикетку</translation>
    </message>
    <message>
        <source>1–9: inspect that line · Enter: the line left · Esc: scan another label</source>
        <translation>1–9: проверить эту строку · Enter: оставшаяся строка · Esc: сканировать другую этикетку</translation>
    </message>
    <message>
        <source>Item barcode matches {name}.</source>
        <translation>Штрихкод товара совпадает: {name}.</translation>
    </message>
    <message>
        <source>This is not {name}, the product chosen for this return. It is flagged for a lead; go on with the checklist.</source>
        <translation>Это не {name} — товар, выбранный для этого возврата. Он отмечен для старшего смены; продолжайте проверку.</translation>
    </message>
    <message>
        <source>This is not the item on the RMA. It is flagged for a lead; go on with the checklist.</source>
        <translation>Это не тот товар, что в RMA. Он отмечен для старшего смены; продолжайте проверку.</translation>
    </message>
    <message>
        <source>This is the label of the item you are inspecting. Go on with it.</source>
        <translation>Это этикетка товара, который вы сейчас проверяете. Продолжайте с ним.</translation>
    </message>
    <message>
        <source>An inspection is open. Complete it, or press F8 to put it aside, then scan the next label.</source>
        <translation>Открыта проверка. Завершите её или нажмите F8, чтобы отложить, затем сканируйте следующую этикетку.</translation>
    </message>
    <message>
        <source>Still on this item. Scan the other label when this one is done.</source>
        <translation>Продолжаем с этим товаром. Отсканируйте другую этикетку, когда закончите.</translation>
    </message>
    <message>
        <source>{code} read</source>
        <translation>{code} прочитан</translation>
    </message>
    <message>
        <source>Photo of the label</source>
        <translation>Фото этикетки</translation>
    </message>
    <message>
        <source>No barcode found in {name}. Type the RMA number, or call a lead.</source>
        <translation>В файле {name} штрихкод не найден. Введите номер RMA или позовите старшего смены.</translation>
    </message>
    <message numerus="yes">
        <source>This RMA has %n line(s) left: {lines}</source>
        <translation>
            <numerusform>В этом RMA осталась %n строка: {lines}</numerusform>
            <numerusform>В этом RMA осталось %n строки: {lines}</numerusform>
            <numerusform>В этом RMA осталось %n строк: {lines}</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Читаю {name}…</translation>
    </message>
    <message>
        <source>{sku} is not in the catalog. Put the item aside and call a lead.</source>
        <translation>{sku} нет в каталоге. Отложите товар и позовите старшего смены.</translation>
    </message>
    <message>
        <source>No camera picture. Use a photo file (F) instead.</source>
        <translation>Нет изображения с камеры. Используйте файл с фото (F).</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Фото</translation>
    </message>
    <message>
        <source>Saving photo…</source>
        <translation>Сохраняю фото…</translation>
    </message>
    <message>
        <source>Done: grade {grade}, {disposition}. {reason}</source>
        <translation>Готово: оценка {grade}, {disposition}. {reason}</translation>
    </message>
    <message>
        <source>Ready: scan the next label.</source>
        <translation>Готово: сканируйте следующую этикетку.</translation>
    </message>
    <message>
        <source>line {n}: {name}</source>
        <translation>строка {n}: {name}</translation>
    </message>
    <message>
        <source>Printed to {files}</source>
        <translation>Напечатано в {files}</translation>
    </message>
    <message>
        <source>Label printed.</source>
        <translation>Этикетка напечатана.</translation>
    </message>
    <message>
        <source>The container label went to the printer.</source>
        <translation>Этикетка контейнера отправлена на принтер.</translation>
    </message>
    <message>
        <source>the item waiting to be placed</source>
        <translation>товар, ожидающий размещения</translation>
    </message>
    <message>
        <source>The item waits to be placed; it comes back at the next sign-in.</source>
        <translation>Товар ждёт размещения; он вернётся при следующем входе.</translation>
    </message>
    <message>
        <source>Still on this item: scan its container first.</source>
        <translation>Этот товар ещё не размещён: сначала сканируйте его контейнер.</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>Проверка</translation>
    </message>
</context>
<context>
    <name>ItemLabelPrinting</name>
    <message>
        <source>Label printer for item labels</source>
        <translation>Принтер этикеток товаров</translation>
    </message>
    <message>
        <source>No thermal printer is set for item labels. Type its address (host:9100), its device (/dev/usb/lp0) or its print queue; it is kept for the next labels.</source>
        <translation>Термопринтер для этикеток товаров не задан. Введите его адрес (host:9100), устройство (/dev/usb/lp0) или очередь печати; он будет сохранён для следующих этикеток.</translation>
    </message>
    <message>
        <source>Print the item&apos;s label</source>
        <translation>Печать этикетки товара</translation>
    </message>
    <message>
        <source>The printer did not take the item&apos;s label. Check that it is on and has labels.</source>
        <translation>Принтер не принял этикетку товара. Проверьте, что он включён и в нём есть этикетки.</translation>
    </message>
    <message>
        <source>The item&apos;s label was not printed; it is saved as {file}.</source>
        <translation>Этикетка товара не напечатана; она сохранена в файле {file}.</translation>
    </message>
</context>
<context>
    <name>ItemPanel</name>
    <message>
        <source>Reason: {reason}</source>
        <translation>Причина: {reason}</translation>
    </message>
    <message>
        <source>Bought {date}</source>
        <translation>Куплено {date}</translation>
    </message>
    <message>
        <source>Serial on RMA: {serial}</source>
        <translation>Серийный номер в RMA: {serial}</translation>
    </message>
    <message>
        <source>Unexpected return (no RMA)</source>
        <translation>Неожиданный возврат (без RMA)</translation>
    </message>
</context>
<context>
    <name>LimitsView</name>
    <message>
        <source>Blur limit: sharpness at least</source>
        <translation>Порог размытости: резкость не меньше</translation>
    </message>
    <message>
        <source>Contrast at least</source>
        <translation>Контраст не меньше</translation>
    </message>
    <message>
        <source>Too dark: brightest parts below</source>
        <translation>Слишком темно: самые светлые участки ниже</translation>
    </message>
    <message>
        <source>Too bright: darkest parts above</source>
        <translation>Слишком светло: самые тёмные участки выше</translation>
    </message>
    <message>
        <source>Glare at most</source>
        <translation>Блики не больше</translation>
    </message>
    <message>
        <source>Item covers at least</source>
        <translation>Товар занимает не меньше</translation>
    </message>
    <message>
        <source>Suggested blur limit</source>
        <translation>Предлагаемый порог размытости</translation>
    </message>
    <message>
        <source>Calibrated for this camera.</source>
        <translation>Откалибровано для этой камеры.</translation>
    </message>
    <message>
        <source>Not calibrated yet: the shipped defaults.</source>
        <translation>Ещё не откалибровано: заводские значения.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Returns inspection</source>
        <translation>Проверка возвратов</translation>
    </message>
    <message>
        <source>Returns inspection — {station}</source>
        <translation>Проверка возвратов — {station}</translation>
    </message>
    <message>
        <source>Sign out (F12)</source>
        <translation>Выйти (F12)</translation>
    </message>
    <message>
        <source>Language (F9)</source>
        <translation>Язык (F9)</translation>
    </message>
    <message>
        <source>Type the label or use a photo file.</source>
        <translation>Введите этикетку вручную или используйте файл с фото.</translation>
    </message>
    <message numerus="yes">
        <source>This shift: %n item(s)</source>
        <translation>
            <numerusform>За смену: %n товар</numerusform>
            <numerusform>За смену: %n товара</numerusform>
            <numerusform>За смену: %n товаров</numerusform>
        </translation>
    </message>
    <message>
        <source>median {time} per item</source>
        <translation>медиана {time} на товар</translation>
    </message>
    <message>
        <source>Stand-alone · {n} to send</source>
        <translation>Автономно · к отправке: {n}</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Синхронизировано</translation>
    </message>
    <message>
        <source>Offline since {time} · {n} waiting</source>
        <translation>Нет связи с {time} · в очереди: {n}</translation>
    </message>
    <message>
        <source>Sync error: {what}</source>
        <translation>Ошибка синхронизации: {what}</translation>
    </message>
    <message>
        <source>{n} waiting</source>
        <translation>В очереди: {n}</translation>
    </message>
    <message>
        <source>Grade {grade}.</source>
        <translation>Оценка {grade}.</translation>
    </message>
    <message>
        <source>Move tasks open: {n}</source>
        <translation>Открытых задач перемещения: {n}</translation>
    </message>
    <message>
        <source>F9: language</source>
        <translation>F9: язык</translation>
    </message>
    <message>
        <source>Scan your badge · or pick your name, then PIN and Enter</source>
        <translation>Отсканируйте пропуск · или выберите своё имя, затем PIN и Enter</translation>
    </message>
    <message>
        <source>Scan a label · type it and Enter · drop a label photo · Esc: back</source>
        <translation>Сканируйте этикетку · или введите и Enter · или перетащите фото этикетки · Esc: назад</translation>
    </message>
    <message>
        <source>1–9 choose · Enter: next · Backspace: back · F8: put aside</source>
        <translation>1–9 выбор · Enter: далее · Backspace: назад · F8: отложить</translation>
    </message>
    <message>
        <source>Space: take photo · F: photo file · ←/→: pick a photo · Delete: remove it · Enter: to the grade · Backspace: back · F8: put aside</source>
        <translation>Space: снять фото · F: файл фото · ←/→: выбрать фото · Delete: удалить · Enter: к оценке · Backspace: назад · F8: отложить</translation>
    </message>
    <message>
        <source>Enter: complete · O: change outcome · Backspace: back · F8: put aside</source>
        <translation>Enter: завершить · O: изменить итог · Backspace: назад · F8: отложить</translation>
    </message>
</context>
<context>
    <name>OutcomeChoice</name>
    <message>
        <source>Customer&apos;s reason confirmed</source>
        <translation>Причина клиента подтвердилась</translation>
    </message>
    <message>
        <source>Wrong item in the box</source>
        <translation>В коробке не тот товар</translation>
    </message>
    <message>
        <source>Damage the checklist missed</source>
        <translation>Чек-лист пропустил повреждение</translation>
    </message>
    <message>
        <source>Parts missing</source>
        <translation>Не хватает деталей</translation>
    </message>
    <message>
        <source>Better than the answers say</source>
        <translation>Лучше, чем по ответам</translation>
    </message>
    <message>
        <source>Other (type why)</source>
        <translation>Другое (напишите почему)</translation>
    </message>
    <message>
        <source>Choose the new grade, disposition and reason.</source>
        <translation>Выберите новую оценку, решение и причину.</translation>
    </message>
    <message>
        <source>Type why, then Enter.</source>
        <translation>Напишите почему, затем Enter.</translation>
    </message>
    <message>
        <source>Enter completes with this outcome.</source>
        <translation>Enter завершает проверку с этим итогом.</translation>
    </message>
    <message>
        <source>Choose a reason ({first}–{last}), then Enter.</source>
        <translation>Выберите причину ({first}–{last}), затем Enter.</translation>
    </message>
    <message>
        <source>&quot;Other&quot;: type why in the field, then Enter.</source>
        <translation>«Другое»: напишите в поле почему, затем Enter.</translation>
    </message>
    <message>
        <source>{reason}: {note}</source>
        <translation>{reason}: {note}</translation>
    </message>
    <message>
        <source>{first}–{last}: grade · {d1}–{d2}: disposition · {r1}–{r2}: reason · Tab: note · Enter: complete · Esc: cancel</source>
        <translation>{first}–{last}: оценка · {d1}–{d2}: решение · {r1}–{r2}: причина · Tab: заметка · Enter: завершить · Esc: отмена</translation>
    </message>
    <message>
        <source>Type why (required for Other)</source>
        <translation>Напишите почему (обязательно для «Другое»)</translation>
    </message>
    <message>
        <source>A note for the lead (optional): Tab, then type</source>
        <translation>Заметка старшему (необязательно): Tab</translation>
    </message>
</context>
<context>
    <name>OutcomeHeader</name>
    <message>
        <source>{disposition} (pending)</source>
        <translation>{disposition} (не сохранено)</translation>
    </message>
</context>
<context>
    <name>OutcomeView</name>
    <message>
        <source>Why</source>
        <translation>Почему</translation>
    </message>
    <message>
        <source>Restock (R)</source>
        <translation>На склад (R)</translation>
    </message>
    <message>
        <source>Dispose (D)</source>
        <translation>На утилизацию (D)</translation>
    </message>
    <message>
        <source>Why, when you choose against the checklist (required then)</source>
        <translation>Почему, если решаете вопреки чек-листу (тогда обязательно)</translation>
    </message>
    <message>
        <source>Back (Backspace)</source>
        <translation>Назад (Backspace)</translation>
    </message>
    <message>
        <source>Confirm (Enter)</source>
        <translation>Подтвердить (Enter)</translation>
    </message>
    <message>
        <source>The checklist still finds work to do ({disposition}). Record more work, or choose restock or dispose and say why.</source>
        <translation>Чек-лист всё ещё находит, что доделать ({disposition}). Запишите ещё работу или выберите «на склад» либо «утилизировать» и объясните почему.</translation>
    </message>
    <message>
        <source>The checklist says: {disposition}. Confirm, or choose the other and say why.</source>
        <translation>Чек-лист говорит: {disposition}. Подтвердите или выберите другое и объясните почему.</translation>
    </message>
</context>
<context>
    <name>ParkQuestion</name>
    <message>
        <source>New label scanned</source>
        <translation>Отсканирована новая этикетка</translation>
    </message>
    <message>
        <source>You scanned {label} while {name} is open. Put {name} aside and open the new label?</source>
        <translation>Вы отсканировали {label}, пока открыт товар {name}. Отложить {name} и открыть новую этикетку?</translation>
    </message>
    <message>
        <source>Nothing is lost: scan its label again to go on with it.</source>
        <translation>Ничего не потеряется: отсканируйте его этикетку ещё раз, чтобы продолжить.</translation>
    </message>
    <message>
        <source>Put aside, open the new label (Enter)</source>
        <translation>Отложить и открыть новую (Enter)</translation>
    </message>
    <message>
        <source>Stay with this item (Esc)</source>
        <translation>Остаться с этим товаром (Esc)</translation>
    </message>
</context>
<context>
    <name>PhotoCard</name>
    <message>
        <source>Not taken yet</source>
        <translation>Ещё не снят</translation>
    </message>
    <message>
        <source>Measuring…</source>
        <translation>Измеряем…</translation>
    </message>
    <message>
        <source>Sharpness {score}</source>
        <translation>Резкость {score}</translation>
    </message>
    <message>
        <source>Not measured: take it again.</source>
        <translation>Не измерен: снимите ещё раз.</translation>
    </message>
</context>
<context>
    <name>PhotosView</name>
    <message>
        <source>Photos</source>
        <translation>Фото</translation>
    </message>
    <message>
        <source>Remove photo (Delete)</source>
        <translation>Удалить фото (Delete)</translation>
    </message>
    <message>
        <source>No camera picture: use a photo file</source>
        <translation>Нет изображения с камеры: используйте файл с фото</translation>
    </message>
    <message>
        <source>Take photo (Space)</source>
        <translation>Сделать снимок (Пробел)</translation>
    </message>
    <message>
        <source>Photo file… (F)</source>
        <translation>Файл с фото… (F)</translation>
    </message>
    <message>
        <source>Back (Backspace)</source>
        <translation>Назад (Backspace)</translation>
    </message>
    <message>
        <source>To the grade (Enter)</source>
        <translation>К оценке (Enter)</translation>
    </message>
    <message>
        <source>Why keep this photo anyway? (a few words)</source>
        <translation>Почему всё же оставить это фото? (пара слов)</translation>
    </message>
    <message>
        <source>Retake (R)</source>
        <translation>Переснять (R)</translation>
    </message>
    <message>
        <source>Keep with this reason</source>
        <translation>Оставить с этой причиной</translation>
    </message>
    <message>
        <source>{photo} (kept)</source>
        <translation>{photo} (оставлено)</translation>
    </message>
    <message>
        <source>{photo} (retake?)</source>
        <translation>{photo} (переснять?)</translation>
    </message>
    <message>
        <source>A photo failed its check: retake it (R) or keep it with a reason.</source>
        <translation>Фото не прошло проверку: переснимите (R) или оставьте с причиной.</translation>
    </message>
    <message>
        <source>A photo is still needed (see above). Take it with Space, or use a photo file (F).</source>
        <translation>Ещё нужно фото (см. выше). Снимите его клавишей Space или возьмите файл фото (F).</translation>
    </message>
    <message>
        <source>A photo failed its check: R retakes it, Enter again goes to the grade.</source>
        <translation>Фото не прошло проверку: R — переснять, ещё раз Enter — к оценке.</translation>
    </message>
    <message>
        <source>The photo matches the product&apos;s catalog picture {score} %.</source>
        <translation>Снимок совпадает с фото товара из каталога на {score} %.</translation>
    </message>
    <message>
        <source>The photo for “{photo}” is not good enough as evidence:</source>
        <translation>Фото для «{photo}» не годится как доказательство:</translation>
    </message>
    <message>
        <source>This picture was already used for another inspection. Take a new photo of this item; a lead will look at it.</source>
        <translation>Этот снимок уже использован в другой проверке. Сделайте новое фото этого товара; старший смены его посмотрит.</translation>
    </message>
    <message>
        <source>Still needed:</source>
        <translation>Ещё нужно:</translation>
    </message>
    <message>
        <source>All required photos are taken. Add more if they help, or go on to the grade.</source>
        <translation>Все нужные фото сделаны. Добавьте ещё, если это поможет, или переходите к оценке.</translation>
    </message>
    <message>
        <source>Photo {n}</source>
        <translation>Фото {n}</translation>
    </message>
</context>
<context>
    <name>PutAwayView</name>
    <message>
        <source>Scan the container&apos;s barcode to confirm.</source>
        <translation>Сканируйте штрихкод контейнера для подтверждения.</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <translation>Папка</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Диск</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Перейти к:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>&amp;Типы файлов:</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <source>Page &amp;Set:</source>
        <translation>&amp;Набор страниц:</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Страницы</translation>
    </message>
    <message>
        <source>Double Sided Printing</source>
        <translation>Двусторонняя печать</translation>
    </message>
    <message>
        <source>Long side binding</source>
        <translation>Переплёт по длинной стороне</translation>
    </message>
    <message>
        <source>Short side binding</source>
        <translation>Переплёт по короткой стороне</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Выкл.</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Форма</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <source>{n} min</source>
        <translation>{n} мин</translation>
    </message>
    <message>
        <source>{n} h</source>
        <translation>{n} ч</translation>
    </message>
    <message>
        <source>{n} d</source>
        <translation>{n} дн.</translation>
    </message>
    <message>
        <source>Review queue</source>
        <translation>Очередь на рассмотрение</translation>
    </message>
    <message>
        <source>Waiting for a lead</source>
        <translation>Ждёт старшего смены</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Решено</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Сначала старые</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Сначала новые</translation>
    </message>
    <message>
        <source>Any station</source>
        <translation>Любая станция</translation>
    </message>
    <message>
        <source>Any inspector</source>
        <translation>Любой контролёр</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>Любая категория</translation>
    </message>
    <message>
        <source>Any grade</source>
        <translation>Любая оценка</translation>
    </message>
    <message>
        <source>Grade {grade}</source>
        <translation>Оценка {grade}</translation>
    </message>
    <message>
        <source>Any disposition</source>
        <translation>Любое решение</translation>
    </message>
    <message>
        <source>From any day</source>
        <translation>С любого дня</translation>
    </message>
    <message>
        <source>To any day</source>
        <translation>По любой день</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Давность</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Товар</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Итог</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Почему</translation>
    </message>
    <message numerus="yes">
        <source>First %n of {total} — narrow with the filters, or ↓ at the end for more</source>
        <translation>
            <numerusform>Показана %n из {total} — сузьте фильтрами или нажмите ↓ в конце, чтобы загрузить ещё</numerusform>
            <numerusform>Показаны %n из {total} — сузьте фильтрами или нажмите ↓ в конце, чтобы загрузить ещё</numerusform>
            <numerusform>Показаны %n из {total} — сузьте фильтрами или нажмите ↓ в конце, чтобы загрузить ещё</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n inspection(s)</source>
        <translation>
            <numerusform>%n проверка</numerusform>
            <numerusform>%n проверки</numerusform>
            <numerusform>%n проверок</numerusform>
        </translation>
    </message>
    <message>
        <source>All ({n})</source>
        <translation>Все ({n})</translation>
    </message>
</context>
<context>
    <name>QueueView</name>
    <message>
        <source>Refurb queue</source>
        <translation>Очередь на восстановление</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Все категории</translation>
    </message>
    <message>
        <source>Scan the slip&apos;s QR code or the item&apos;s label, or type it</source>
        <translation>Отсканируйте QR-код ярлыка или этикетку товара, или введите вручную</translation>
    </message>
    <message>
        <source>Find (Enter)</source>
        <translation>Найти (Enter)</translation>
    </message>
    <message>
        <source>Waiting since</source>
        <translation>Ждёт с</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Товар</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Артикул</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>RMA</source>
        <translation>RMA</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Работа</translation>
    </message>
    <message>
        <source>Open (Enter)</source>
        <translation>Открыть (Enter)</translation>
    </message>
    <message>
        <source>Print slips of the selection (Ctrl+P)</source>
        <translation>Печать ярлыков выбранных (Ctrl+P)</translation>
    </message>
    <message>
        <source>Reason, if printed before</source>
        <translation>Причина, если уже печатали</translation>
    </message>
    <message numerus="yes">
        <source>Refurb queue: %n item(s)</source>
        <translation>
            <numerusform>Очередь на восстановление: %n товар</numerusform>
            <numerusform>Очередь на восстановление: %n товара</numerusform>
            <numerusform>Очередь на восстановление: %n товаров</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>First %n shown — narrow with the category, or ↓ at the end for more</source>
        <translation>
            <numerusform>Показаны первые: %n — сузьте по категории или нажмите ↓ в конце, чтобы загрузить ещё</numerusform>
            <numerusform>Показаны первые: %n — сузьте по категории или нажмите ↓ в конце, чтобы загрузить ещё</numerusform>
            <numerusform>Показаны первые: %n — сузьте по категории или нажмите ↓ в конце, чтобы загрузить ещё</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RefurbPage</name>
    <message>
        <source>Finish or leave the re-grade first, then scan the next item.</source>
        <translation>Сначала завершите или покиньте переоценку, затем сканируйте следующий товар.</translation>
    </message>
    <message>
        <source>Photo after the work</source>
        <translation>Фото после работы</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Сохраняю…</translation>
    </message>
    <message>
        <source>Tab: next field · Ctrl+S: save work · Ctrl+G: re-grade · Ctrl+P: print slip · Ctrl+O: photo file · Esc: back to the queue</source>
        <translation>Tab: следующее поле · Ctrl+S: сохранить работу · Ctrl+G: переоценка · Ctrl+P: печать ярлыка · Ctrl+O: файл фото · Esc: назад к очереди</translation>
    </message>
    <message>
        <source>1–9 choose · Enter: next · Backspace: back</source>
        <translation>1–9 выбор · Enter: далее · Backspace: назад</translation>
    </message>
    <message>
        <source>R: restock · D: dispose · type why when you choose against the checklist · Enter: confirm · Backspace: back</source>
        <translation>R: на склад · D: утилизация · напишите почему, если выбор против чек-листа · Enter: подтвердить · Backspace: назад</translation>
    </message>
    <message>
        <source>Scan a slip or an item label · ↑/↓: choose (↓ at the end: more) · Enter: open · Ctrl+P: print slips of the selection · Tab: category, reason · F5: refresh</source>
        <translation>Сканируйте ярлык или этикетку товара · ↑/↓: выбор (↓ в конце: ещё) · Enter: открыть · Ctrl+P: печать ярлыков выбранных · Tab: категория, причина · F5: обновить</translation>
    </message>
    <message>
        <source>Work saved. Re-grade when the item is ready.</source>
        <translation>Работа сохранена. Переоцените, когда товар будет готов.</translation>
    </message>
    <message>
        <source>Re-graded {grade}: {disposition}. Print its new slip from the list if it needs one.</source>
        <translation>Переоценено: {grade}, {disposition}. Если нужно, напечатайте новый ярлык из списка.</translation>
    </message>
    <message numerus="yes">
        <source>%n slip(s) printed.</source>
        <translation>
            <numerusform>Напечатан %n ярлык.</numerusform>
            <numerusform>Напечатано %n ярлыка.</numerusform>
            <numerusform>Напечатано %n ярлыков.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>No inspection here for {label}. Sync, or check the label.</source>
        <translation>Здесь нет проверки для {label}. Выполните синхронизацию или проверьте этикетку.</translation>
    </message>
    <message>
        <source>↑/↓: queue (↓ at the end: more) · {first}–{last}: new grade · 1–{n}: disposition · R: reason, Enter: regrade or approve · Ctrl+Enter: approve · P: evidence packet · PgUp/PgDn: photo · + − 0 1 on the photo: zoom</source>
        <translation>↑/↓: очередь (↓ в конце: ещё) · {first}–{last}: новая оценка · 1–{n}: решение · R: причина, Enter: переоценить или одобрить · Ctrl+Enter: одобрить · P: пакет доказательств · PgUp/PgDn: фото · + − 0 1 на фото: масштаб</translation>
    </message>
    <message>
        <source>Approved: grade {grade} · {disposition}.</source>
        <translation>Утверждено: оценка {grade} · {disposition}.</translation>
    </message>
    <message>
        <source>Regraded to {grade} · {disposition}.</source>
        <translation>Оценка изменена на {grade} · {disposition}.</translation>
    </message>
    <message>
        <source>Save the evidence packet</source>
        <translation>Сохранить пакет доказательств</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the evidence packet…</source>
        <translation>Записываю пакет доказательств…</translation>
    </message>
    <message>
        <source>Evidence packet saved: {path}</source>
        <translation>Пакет доказательств сохранён: {path}</translation>
    </message>
</context>
<context>
    <name>ReviewReasons</name>
    <message>
        <source>Inspector override</source>
        <translation>Изменено контролёром</translation>
    </message>
    <message>
        <source>Unexpected return</source>
        <translation>Неожиданный возврат</translation>
    </message>
    <message>
        <source>Wrong item</source>
        <translation>Не тот товар</translation>
    </message>
    <message>
        <source>Serial mismatch</source>
        <translation>Серийный номер не совпадает</translation>
    </message>
    <message>
        <source>Empty box</source>
        <translation>Пустая коробка</translation>
    </message>
    <message>
        <source>Missing item</source>
        <translation>Товара нет</translation>
    </message>
    <message>
        <source>Unsafe</source>
        <translation>Опасно</translation>
    </message>
    <message>
        <source>Account locked</source>
        <translation>Привязано к учётной записи</translation>
    </message>
    <message>
        <source>High-value disposal</source>
        <translation>Утилизация дорогого товара</translation>
    </message>
    <message>
        <source>Quality sample</source>
        <translation>Выборка для контроля качества</translation>
    </message>
    <message>
        <source>Photo quality</source>
        <translation>Качество фото</translation>
    </message>
    <message>
        <source>Reused photo</source>
        <translation>Повторное фото</translation>
    </message>
    <message>
        <source>Wrong item hint</source>
        <translation>Подозрение на другой товар</translation>
    </message>
    <message>
        <source>Outside window</source>
        <translation>Вне срока возврата</translation>
    </message>
    <message>
        <source>Repeat returner</source>
        <translation>Частый возвратчик</translation>
    </message>
    <message>
        <source>Used, sold as unopened</source>
        <translation>Б/у, возвращено как невскрытое</translation>
    </message>
</context>
<context>
    <name>ScanFlash</name>
    <message>
        <source>Read OK</source>
        <translation>Считано</translation>
    </message>
    <message>
        <source>Already inspected</source>
        <translation>Уже проверено</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Сохранено</translation>
    </message>
    <message>
        <source>Photo needed</source>
        <translation>Нужно фото</translation>
    </message>
    <message>
        <source>Not recognised</source>
        <translation>Не распознано</translation>
    </message>
    <message>
        <source>Ready to scan</source>
        <translation>Готов к сканированию</translation>
    </message>
</context>
<context>
    <name>ScanView</name>
    <message>
        <source>Scan the return label</source>
        <translation>Отсканируйте этикетку возврата</translation>
    </message>
    <message>
        <source>Hold the label under the camera, use the hand scanner, type the RMA number, or drop a photo of the label here.</source>
        <translation>Поднесите этикетку к камере, используйте ручной сканер, введите номер RMA или перетащите сюда фото этикетки.</translation>
    </message>
    <message>
        <source>No camera picture</source>
        <translation>Нет изображения с камеры</translation>
    </message>
    <message>
        <source>RMA number, SKU, GTIN or serial</source>
        <translation>Номер RMA, артикул, GTIN или серийный номер</translation>
    </message>
    <message>
        <source>Find (Enter)</source>
        <translation>Найти (Enter)</translation>
    </message>
    <message>
        <source>Label photo…</source>
        <translation>Фото этикетки…</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Sign in</source>
        <translation>Вход</translation>
    </message>
    <message>
        <source>Scan your badge, or pick your name.</source>
        <translation>Отсканируйте пропуск или выберите своё имя.</translation>
    </message>
    <message>
        <source>Opening the station…</source>
        <translation>Открываю станцию…</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Контролёр</translation>
    </message>
    <message>
        <source>Shift lead</source>
        <translation>Старший смены</translation>
    </message>
    <message>
        <source>Refurb</source>
        <translation>Восстановление</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Администратор</translation>
    </message>
    <message>
        <source>Type your PIN and press Enter.</source>
        <translation>Введите PIN и нажмите Enter.</translation>
    </message>
    <message>
        <source>Unlock (Enter, or scan a lead&apos;s badge)</source>
        <translation>Разблокировать (Enter или пропуск старшего смены)</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Back (Esc)</source>
        <translation>Назад (Esc)</translation>
    </message>
    <message>
        <source>Only another shift lead or an admin can unlock {name}.</source>
        <translation>Разблокировать {name} может только другой старший смены или администратор.</translation>
    </message>
    <message>
        <source>{lead}: your PIN unlocks {name}</source>
        <translation>{lead}: ваш PIN разблокирует {name}</translation>
    </message>
    <message>
        <source>Hello, {name}</source>
        <translation>Здравствуйте, {name}</translation>
    </message>
    <message>
        <source>{name} is locked out after too many wrong PINs. A shift lead or an admin unlocks the sign-in: press Unlock.</source>
        <translation>Вход для {name} заблокирован после слишком многих неверных PIN. Разблокирует старший смены или администратор: нажмите «Разблокировать».</translation>
    </message>
    <message>
        <source>Unlocked by {lead}. {name}, type your PIN.</source>
        <translation>Разблокировал(а) {lead}. {name}, введите PIN.</translation>
    </message>
    <message>
        <source>Type your PIN again.</source>
        <translation>Введите PIN ещё раз.</translation>
    </message>
    <message>
        <source>That PIN is not right. Wait {seconds} s, then try again.</source>
        <translation>Неверный PIN. Подождите {seconds} с и попробуйте снова.</translation>
    </message>
    <message>
        <source>Unlock {name}</source>
        <translation>Разблокировка: {name}</translation>
    </message>
    <message>
        <source>A shift lead or an admin: scan your badge, or pick your name.</source>
        <translation>Старший смены или администратор: отсканируйте пропуск или выберите своё имя.</translation>
    </message>
</context>
<context>
    <name>SlipPrinting</name>
    <message>
        <source>Print grading slips</source>
        <translation>Печать ярлыков оценки</translation>
    </message>
    <message>
        <source>No printer is set up for grading slips. Print once with the dialog to choose one, or ask a lead.</source>
        <translation>Принтер для ярлыков оценки не настроен. Напечатайте один раз через диалог, чтобы выбрать принтер, или обратитесь к старшему смены.</translation>
    </message>
    <message>
        <source>Select the items whose slips you want to print.</source>
        <translation>Выберите товары, ярлыки которых нужно напечатать.</translation>
    </message>
    <message>
        <source>This slip was printed before. Type why you print it again, then print.</source>
        <translation>Этот ярлык уже печатали. Напишите, почему печатаете снова, затем печатайте.</translation>
    </message>
    <message>
        <source>The printer did not take the slips. Check that it is on and has labels, then print again.</source>
        <translation>Принтер не принял ярлыки. Проверьте, что он включён и в нём есть этикетки, и напечатайте снова.</translation>
    </message>
</context>
<context>
    <name>UnexpectedView</name>
    <message>
        <source>Unexpected return</source>
        <translation>Неожиданный возврат</translation>
    </message>
    <message>
        <source>Product name, SKU or GTIN</source>
        <translation>Название товара, артикул или GTIN</translation>
    </message>
    <message>
        <source>Inspect as unexpected return (Enter)</source>
        <translation>Проверить как неожиданный возврат (Enter)</translation>
    </message>
    <message>
        <source>Scan another label (Esc)</source>
        <translation>Сканировать другую этикетку (Esc)</translation>
    </message>
</context>
<context>
    <name>WorkView</name>
    <message>
        <source>No catalog image</source>
        <translation>Нет фото из каталога</translation>
    </message>
    <message>
        <source>Work so far</source>
        <translation>Сделано на данный момент</translation>
    </message>
    <message>
        <source>Record the work</source>
        <translation>Записать работу</translation>
    </message>
    <message>
        <source>What was done (required)</source>
        <translation>Что сделано (обязательно)</translation>
    </message>
    <message>
        <source>Work done</source>
        <translation>Выполненная работа</translation>
    </message>
    <message>
        <source>Parts used, separated by commas</source>
        <translation>Использованные детали через запятую</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>Детали</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>Time spent</source>
        <translation>Затрачено времени</translation>
    </message>
    <message>
        <source>Notes for the next person (optional)</source>
        <translation>Заметки для следующего (по желанию)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>No photos after the work yet</source>
        <translation>Фото после работы пока нет</translation>
    </message>
    <message>
        <source>Add photo after… (Ctrl+O)</source>
        <translation>Добавить фото после… (Ctrl+O)</translation>
    </message>
    <message>
        <source>Save work (Ctrl+S)</source>
        <translation>Сохранить работу (Ctrl+S)</translation>
    </message>
    <message>
        <source>Re-grade with the checklist (Ctrl+G)</source>
        <translation>Переоценить по чек-листу (Ctrl+G)</translation>
    </message>
    <message>
        <source>Print slip (Ctrl+P)</source>
        <translation>Печать ярлыка (Ctrl+P)</translation>
    </message>
    <message>
        <source>Reason, if printed before</source>
        <translation>Причина, если уже печатали</translation>
    </message>
    <message>
        <source>Back to the queue (Esc)</source>
        <translation>К очереди (Esc)</translation>
    </message>
    <message>
        <source>Grade {grade} · SKU {sku} · serial {serial} · {rma} · slip {ref}</source>
        <translation>Оценка {grade} · артикул {sku} · серийный номер {serial} · {rma} · ярлык {ref}</translation>
    </message>
    <message>
        <source>no RMA</source>
        <translation>без RMA</translation>
    </message>
    <message>
        <source>{when} · {who} · {minutes} min
{work} · parts: {parts}</source>
        <translation>{when} · {who} · {minutes} мин
{work} · детали: {parts}</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) after</source>
        <translation>
            <numerusform>%n фото после</numerusform>
            <numerusform>%n фото после</numerusform>
            <numerusform>%n фото после</numerusform>
        </translation>
    </message>
    <message>
        <source>No work recorded yet.</source>
        <translation>Работа ещё не записана.</translation>
    </message>
</context>
<context>
    <name>modes</name>
    <message>
        <source>Inspect</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Рассмотрение</translation>
    </message>
    <message>
        <source>Refurb</source>
        <translation>Восстановление</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Администрирование</translation>
    </message>
    <message>
        <source>Containers</source>
        <translation>Контейнеры</translation>
    </message>
</context>
<context>
    <name>station</name>
    <message>
        <source>Something went wrong. Your saved answers are kept. Try again, or call a lead if it repeats.</source>
        <translation>Что-то пошло не так. Сохранённые ответы не потеряны. Попробуйте ещё раз или позовите старшего смены, если это повторится.</translation>
    </message>
    <message>
        <source>Audit chain of station {station}: event #{expected} is missing (the next is #{found}); a record was deleted.</source>
        <translation>Цепочка аудита станции {station}: нет события №{expected} (следующее — №{found}); запись была удалена.</translation>
    </message>
    <message>
        <source>Audit chain of station {station}: event #{seq} does not follow the one before it; a record was inserted or changed.</source>
        <translation>Цепочка аудита станции {station}: событие №{seq} не продолжает предыдущее; запись была вставлена или изменена.</translation>
    </message>
    <message>
        <source>Audit events name the table {table}, which this station does not know. Update the station.</source>
        <translation>События аудита ссылаются на таблицу {table}, которую эта станция не знает. Обновите станцию.</translation>
    </message>
    <message>
        <source>{table} record {id} has no audit event: it was inserted behind the station&apos;s back.</source>
        <translation>У записи {id} в {table} нет события аудита: её добавили в обход станции.</translation>
    </message>
    <message>
        <source>Audit event #{seq} of station {station} does not carry the station&apos;s seal: it was written or rewritten outside the station program (its database file was edited).</source>
        <translation>Событие аудита №{seq} станции {station} не несёт печати станции: его записали или переписали в обход программы станции (файл её базы данных правили).</translation>
    </message>
    <message>
        <source>Station {station}&apos;s audit chain here and in the central database differ from event #{seq}.</source>
        <translation>Цепочки аудита станции {station} здесь и в центральной базе расходятся начиная с события №{seq}.</translation>
    </message>
    <message>
        <source>The central database holds events #{first}–#{last} of station {station} that this store lacks: they were deleted here.</source>
        <translation>В центральной базе есть события №{first}–{last} станции {station}, которых здесь нет: они были удалены здесь.</translation>
    </message>
    <message>
        <source>{table} record {id} (audit event #{seq} of station {station}) is gone: it was deleted.</source>
        <translation>Запись {id} в {table} (событие аудита №{seq} станции {station}) пропала: её удалили.</translation>
    </message>
    <message>
        <source>The {copy} of photo {sha} ({table} {id}) is not the picture its original gives: the file was changed. Tell a lead; the station shows a copy made again from the original.</source>
        <translation>{copy} фото {sha} ({table} {id}) не совпадает с тем, что даёт оригинал: файл изменён. Сообщите старшему смены; станция показывает копию, заново сделанную из оригинала.</translation>
    </message>
    <message>
        <source>{table} record {id} was changed after it was recorded (audit event #{seq} of station {station}).</source>
        <translation>Запись {id} в {table} была изменена после записи (событие аудита №{seq} станции {station}).</translation>
    </message>
    <message>
        <source>review copy</source>
        <translation>Копия для просмотра</translation>
    </message>
    <message>
        <source>thumbnail</source>
        <translation>Миниатюра</translation>
    </message>
    <message>
        <source>Camera setting {spec} is neither a camera number nor an existing folder or video. Fix it in Admin.</source>
        <translation>Настройка камеры {spec} — это не номер камеры и не существующая папка или видео. Исправьте её в разделе «Администрирование».</translation>
    </message>
    <message>
        <source>Replay folder {path} holds no images (PNG, JPEG, WebP). Add label photos or choose a camera.</source>
        <translation>В папке воспроизведения {path} нет изображений (PNG, JPEG, WebP). Добавьте фото этикеток или выберите камеру.</translation>
    </message>
    <message>
        <source>Video {path} cannot be opened: missing, damaged or an unknown format. Check the camera setting.</source>
        <translation>Не удаётся открыть видео {path}: файла нет, он повреждён или формат неизвестен. Проверьте настройку камеры.</translation>
    </message>
    <message>
        <source>Camera {index} is not available. Check that it is plugged in and not used by another program, or choose another camera in Admin.</source>
        <translation>Камера {index} недоступна. Проверьте, что она подключена и не занята другой программой, или выберите другую камеру в разделе «Администрирование».</translation>
    </message>
    <message>
        <source>No demo photos are configured. Choose a camera in Admin.</source>
        <translation>Демо-фото не настроены. Выберите камеру в разделе «Администрирование».</translation>
    </message>
    <message>
        <source>Replay folder {path} was not found. Check the camera setting.</source>
        <translation>Папка воспроизведения {path} не найдена. Проверьте настройку камеры.</translation>
    </message>
    <message>
        <source>&apos;exclusive&apos; only makes sense for options of a multi question</source>
        <translation>&apos;exclusive&apos; имеет смысл только для вариантов вопроса с несколькими ответами</translation>
    </message>
    <message>
        <source>unit, min and max only apply to number questions; this one is &apos;{kind}&apos;</source>
        <translation>unit, min и max относятся только к числовым вопросам; этот вопрос — &apos;{kind}&apos;</translation>
    </message>
    <message>
        <source>min ({min}) is greater than max ({max})</source>
        <translation>min ({min}) больше, чем max ({max})</translation>
    </message>
    <message>
        <source>{where}: &apos;{test}&apos; does not work with the {kind} question &apos;{ref}&apos;; use one of {allowed}</source>
        <translation>{where}: &apos;{test}&apos; не подходит для вопроса типа {kind} &apos;{ref}&apos;; используйте одно из: {allowed}</translation>
    </message>
    <message>
        <source>a {kind} question needs at least two options</source>
        <translation>вопросу типа {kind} нужны хотя бы два варианта</translation>
    </message>
    <message>
        <source>only single and multi questions have options; this one is &apos;{kind}&apos;</source>
        <translation>варианты бывают только у вопросов single и multi; этот вопрос — &apos;{kind}&apos;</translation>
    </message>
    <message>
        <source>{where}: &apos;{value}&apos; is not an answer to the yes/no question &apos;{ref}&apos;; use yes or no</source>
        <translation>{where}: &apos;{value}&apos; — не ответ на вопрос «да/нет» &apos;{ref}&apos;; используйте yes или no</translation>
    </message>
    <message>
        <source>the question id &apos;{id}&apos; is used twice; give each question its own id</source>
        <translation>идентификатор вопроса &apos;{id}&apos; использован дважды; дайте каждому вопросу свой</translation>
    </message>
    <message>
        <source>the photo id &apos;{id}&apos; is used twice</source>
        <translation>идентификатор фото &apos;{id}&apos; использован дважды</translation>
    </message>
    <message>
        <source>the option id &apos;{option}&apos; is used twice</source>
        <translation>идентификатор варианта &apos;{option}&apos; использован дважды</translation>
    </message>
    <message>
        <source>{where} refers to question &apos;{ref}&apos;, which is not in the checklist</source>
        <translation>{where} ссылается на вопрос &apos;{ref}&apos;, которого нет в чек-листе</translation>
    </message>
    <message>
        <source>{where} refers to question &apos;{ref}&apos; (Q{number}), which is not asked before this point; a condition can only use earlier answers</source>
        <translation>{where} ссылается на вопрос &apos;{ref}&apos; (Q{number}), который задаётся не раньше этого места; условие может использовать только предыдущие ответы</translation>
    </message>
    <message>
        <source>{where}: &apos;{value}&apos; is not an option of question &apos;{ref}&apos; (options: {options})</source>
        <translation>{where}: &apos;{value}&apos; — не вариант вопроса &apos;{ref}&apos; (варианты: {options})</translation>
    </message>
    <message>
        <source>{where}: &apos;{value}&apos; is not a number, but question &apos;{ref}&apos; asks for one</source>
        <translation>{where}: &apos;{value}&apos; — не число, а вопрос &apos;{ref}&apos; ждёт число</translation>
    </message>
    <message>
        <source>Enter a number from {min} to {max}.</source>
        <translation>Введите число от {min} до {max}.</translation>
    </message>
    <message>
        <source>Enter a number of at least {min}.</source>
        <translation>Введите число не меньше {min}.</translation>
    </message>
    <message>
        <source>Enter a number of at most {max}.</source>
        <translation>Введите число не больше {max}.</translation>
    </message>
    <message>
        <source>Keep the answer under {limit} characters.</source>
        <translation>Ответ должен быть короче {limit} символов.</translation>
    </message>
    <message>
        <source>Answer yes or no.</source>
        <translation>Ответьте «да» или «нет».</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not one of the answers. Choose one from the list.</source>
        <translation>«{value}» нет среди ответов. Выберите ответ из списка.</translation>
    </message>
    <message>
        <source>Tick the answers that apply.</source>
        <translation>Отметьте подходящие ответы.</translation>
    </message>
    <message>
        <source>Enter a number from {min} to {max} {unit}.</source>
        <translation>Введите число от {min} до {max} {unit}.</translation>
    </message>
    <message>
        <source>Enter a number of at least {min} {unit}.</source>
        <translation>Введите число не меньше {min} {unit}.</translation>
    </message>
    <message>
        <source>Enter a number of at most {max} {unit}.</source>
        <translation>Введите число не больше {max} {unit}.</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not one of the answers. Tick answers from the list.</source>
        <translation>«{value}» нет среди ответов. Отметьте ответы из списка.</translation>
    </message>
    <message>
        <source>&quot;{option}&quot; cannot be ticked together with other answers.</source>
        <translation>«{option}» нельзя отмечать вместе с другими ответами.</translation>
    </message>
    <message>
        <source>Enter a number, for example 12 or 12.5.</source>
        <translation>Введите число, например 12 или 12.5.</translation>
    </message>
    <message>
        <source>{where}: {problem}</source>
        <translation>{where}: {problem}</translation>
    </message>
    <message>
        <source>{file}, line {line}</source>
        <translation>{file}, строка {line}</translation>
    </message>
    <message>
        <source>{file}</source>
        <translation>{file}</translation>
    </message>
    <message>
        <source>{where}, question &apos;{question}&apos;: {problem}</source>
        <translation>{where}, вопрос &apos;{question}&apos;: {problem}</translation>
    </message>
    <message>
        <source>The checklist {file} cannot be used: {problem}. Fix the file or ask a lead.</source>
        <translation>Чек-лист {file} нельзя использовать: {problem}. Исправьте файл или обратитесь к старшему смены.</translation>
    </message>
    <message>
        <source>no checklist files (*.yaml) found here</source>
        <translation>здесь нет файлов чек-листов (*.yaml)</translation>
    </message>
    <message>
        <source>the file should start with &apos;category:&apos;, &apos;version:&apos;, &apos;title:&apos; and &apos;questions:&apos;</source>
        <translation>файл должен начинаться с &apos;category:&apos;, &apos;version:&apos;, &apos;title:&apos; и &apos;questions:&apos;</translation>
    </message>
    <message>
        <source>version {version} of &apos;{category}&apos; is also in {other} with different questions; give the newer file a higher version</source>
        <translation>версия {version} для &apos;{category}&apos; есть и в {other}, но с другими вопросами; дайте новому файлу версию выше</translation>
    </message>
    <message>
        <source>the file cannot be read ({problem})</source>
        <translation>файл не читается ({problem})</translation>
    </message>
    <message>
        <source>a text</source>
        <translation>текстом</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>целым числом</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>числом</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true или false</translation>
    </message>
    <message>
        <source>a list (lines starting with &apos;- &apos;)</source>
        <translation>списком (строки, начинающиеся с &apos;- &apos;)</translation>
    </message>
    <message>
        <source>a set of keys</source>
        <translation>набором ключей</translation>
    </message>
    <message>
        <source>a condition is either one question test or exactly one of all / any / not</source>
        <translation>условие — это либо одна проверка вопроса, либо ровно одно из all / any / not</translation>
    </message>
    <message>
        <source>all / any needs at least one condition</source>
        <translation>для all / any нужно хотя бы одно условие</translation>
    </message>
    <message>
        <source>the condition names no question (add &apos;question: ...&apos;)</source>
        <translation>в условии не указан вопрос (добавьте &apos;question: ...&apos;)</translation>
    </message>
    <message>
        <source>the condition has no test (equals, in, includes, less_than, answered, ...)</source>
        <translation>в условии нет проверки (equals, in, includes, less_than, answered, ...)</translation>
    </message>
    <message>
        <source>should be one answer: yes, no, a number, an option id or a text</source>
        <translation>должен быть один ответ: yes, no, число, идентификатор варианта или текст</translation>
    </message>
    <message>
        <source>&apos;{key}&apos;: {problem}</source>
        <translation>&apos;{key}&apos;: {problem}</translation>
    </message>
    <message>
        <source>unknown key &apos;{key}&apos;: check the spelling, and put a text that contains &apos;,&apos; or &apos;:&apos; in quotes</source>
        <translation>неизвестный ключ &apos;{key}&apos;: проверьте написание и возьмите в кавычки текст, содержащий &apos;,&apos; или &apos;:&apos;</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; is missing</source>
        <translation>нет &apos;{key}&apos;</translation>
    </message>
    <message>
        <source>unknown question kind &apos;{value}&apos;; use one of {expected}</source>
        <translation>неизвестный тип вопроса &apos;{value}&apos;; используйте одно из: {expected}</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not allowed for &apos;{key}&apos;; use one of {expected}</source>
        <translation>&apos;{value}&apos; недопустимо для &apos;{key}&apos;; используйте одно из: {expected}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; should be {expected}</source>
        <translation>&apos;{key}&apos; должен быть {expected}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; is &apos;{value}&apos;: use lower-case letters, digits and _ only, starting with a letter</source>
        <translation>&apos;{key}&apos; = &apos;{value}&apos;: используйте только строчные латинские буквы, цифры и _, начиная с буквы</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be at least {limit}</source>
        <translation>&apos;{key}&apos; должен быть не меньше {limit}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must not be empty</source>
        <translation>&apos;{key}&apos; не может быть пустым</translation>
    </message>
    <message>
        <source>not valid YAML: {problem}. Check the indentation, colons and quotes there.</source>
        <translation>некорректный YAML: {problem}. Проверьте там отступы, двоеточия и кавычки.</translation>
    </message>
    <message>
        <source>not valid YAML: {problem}.</source>
        <translation>некорректный YAML: {problem}.</translation>
    </message>
    <message>
        <source>station {command} failed: {reason}. Run it again as station -v {command} … for the details, or call IT.</source>
        <translation>Команда station {command} не выполнена: {reason}. Для подробностей запустите снова station -v {command} … или позовите ИТ.</translation>
    </message>
    <message>
        <source>station: stopped.</source>
        <translation>station: остановлено.</translation>
    </message>
    <message>
        <source>Name the central database: station central relay --url postgresql://USER@HOST/DB</source>
        <translation>Укажите центральную базу данных: station central relay --url postgresql://USER@HOST/DB</translation>
    </message>
    <message>
        <source>The two passwords differ. Nothing was changed: run the command again.</source>
        <translation>Пароли не совпадают. Ничего не изменено: запустите команду снова.</translation>
    </message>
    <message>
        <source>Name a brand and its SKUs (station central web-brand BRAND SKU…), or --demo.</source>
        <translation>Укажите бренд и его артикулы (station central web-brand BRAND SKU…) или --demo.</translation>
    </message>
    <message>
        <source>{code} is at {location}.</source>
        <translation>{code} находится в месте {location}.</translation>
    </message>
    <message>
        <source>Written to {path}.</source>
        <translation>Записано в {path}.</translation>
    </message>
    <message>
        <source>Fix the lines named above and import the file again: its other lines were imported, and importing them again changes nothing.</source>
        <translation>Исправьте названные выше строки и импортируйте файл снова: остальные его строки уже импортированы, повторный импорт их не изменит.</translation>
    </message>
    <message>
        <source>No PIN: set STATION_PIN or run this at a terminal, which asks for it.</source>
        <translation>Нет PIN-кода: задайте STATION_PIN или запустите команду в терминале, он спросит код.</translation>
    </message>
    <message>
        <source>no code found</source>
        <translation>код не найден</translation>
    </message>
    <message>
        <source>Settings file is from a newer station version ({version}). Update the station.</source>
        <translation>Файл настроек от более новой версии станции ({version}). Обновите станцию.</translation>
    </message>
    <message>
        <source>Settings file {path} must hold a JSON object.</source>
        <translation>Файл настроек {path} должен содержать объект JSON.</translation>
    </message>
    <message>
        <source>Settings in {path} are not valid: {problems}. Fix them, or delete the file for defaults.</source>
        <translation>Настройки в {path} некорректны: {problems}. Исправьте их или удалите файл, чтобы вернуть значения по умолчанию.</translation>
    </message>
    <message>
        <source>Settings file {path} cannot be read ({problem}). Fix or delete it, then start again.</source>
        <translation>Файл настроек {path} не читается ({problem}). Исправьте или удалите его, затем запустите снова.</translation>
    </message>
    <message>
        <source>Demo file {path} is missing ({problem}).</source>
        <translation>Нет демо-файла {path} ({problem}).</translation>
    </message>
    <message>
        <source>{file}: the PIN of {name} is not 4 to 6 digits. Give them another PIN and load again.</source>
        <translation>{file}: PIN пользователя {name} — не от 4 до 6 цифр. Назначьте другой PIN и загрузите снова.</translation>
    </message>
    <message>
        <source>Nothing to see: the photo is one flat colour. Uncover the lens and aim at the item.</source>
        <translation>Ничего не видно: фото одного цвета. Откройте объектив и наведите камеру на товар.</translation>
    </message>
    <message>
        <source>Blurred: hold the item and camera still, let the camera focus, then take it again.</source>
        <translation>Размыто: держите товар и камеру неподвижно, дайте камере сфокусироваться и снимите ещё раз.</translation>
    </message>
    <message>
        <source>Too dark: turn on the ring light or move closer.</source>
        <translation>Слишком темно: включите кольцевую лампу или подойдите ближе.</translation>
    </message>
    <message>
        <source>Too bright: washed out. Dim the ring light or move the item out of direct light.</source>
        <translation>Слишком светло: снимок засвечен. Приглушите кольцевую лампу или уберите товар из-под прямого света.</translation>
    </message>
    <message>
        <source>Too bright: lower the ring light. Large parts of the photo are pure white and show nothing.</source>
        <translation>Слишком светло: убавьте кольцевую лампу. Большие части снимка чисто белые, на них ничего не видно.</translation>
    </message>
    <message>
        <source>Glare: a reflection hides part of the item. Tilt the item or the light a little.</source>
        <translation>Блик: отражение закрывает часть товара. Немного наклоните товар или свет.</translation>
    </message>
    <message>
        <source>Glare: a broad reflection covers part of the item. Move the light to one side or tilt the item until the white patch is gone.</source>
        <translation>Блик: широкое отражение закрывает часть товара. Сдвиньте свет в сторону или наклоните товар, пока белое пятно не исчезнет.</translation>
    </message>
    <message>
        <source>The item is too small in the photo: move closer so it fills most of the picture.</source>
        <translation>Товар на фото слишком мал: подойдите ближе, чтобы он занимал большую часть кадра.</translation>
    </message>
    <message>
        <source>Part of the item is cut off: step back so the whole item is in the picture.</source>
        <translation>Часть товара обрезана: отойдите, чтобы весь товар попал в кадр.</translation>
    </message>
    <message>
        <source>Problem with the photo: {problem}. Take it again.</source>
        <translation>Проблема с фото: {problem}. Снимите ещё раз.</translation>
    </message>
    <message>
        <source>The &quot;sharp&quot; photo ({sharp:.0f}) is not clearly sharper than the &quot;blurred&quot; one ({blurred:.0f}). Take the sharp photo with the item still and in focus, the blurred one with the camera moving.</source>
        <translation>«Чёткое» фото ({sharp:.0f}) не заметно чётче «размытого» ({blurred:.0f}). Снимайте чёткое фото с неподвижным товаром в фокусе, а размытое — двигая камеру.</translation>
    </message>
    <message>
        <source>The photo&apos;s copies could not be made. Take the photo again.</source>
        <translation>Не удалось сделать копии фото. Сделайте снимок ещё раз.</translation>
    </message>
    <message>
        <source>The photo file is empty. Take the photo again or choose another file.</source>
        <translation>Файл фото пуст. Снимите ещё раз или выберите другой файл.</translation>
    </message>
    <message>
        <source>This file is not a picture the station can read (JPEG or PNG). Take the photo again or choose another file.</source>
        <translation>Этот файл — не изображение, которое станция может прочитать (JPEG или PNG). Снимите ещё раз или выберите другой файл.</translation>
    </message>
    <message>
        <source>The camera picture could not be saved. Take the photo again.</source>
        <translation>Не удалось сохранить снимок с камеры. Снимите ещё раз.</translation>
    </message>
    <message>
        <source>Photo {sha} is damaged on disk. Tell a lead; retake it if the item is here.</source>
        <translation>Фото {sha} повреждено на диске. Сообщите старшему смены; переснимите, если товар здесь.</translation>
    </message>
    <message>
        <source>Photo file {name} cannot be opened ({problem}). Choose another file.</source>
        <translation>Не удаётся открыть файл фото {name} ({problem}). Выберите другой файл.</translation>
    </message>
    <message>
        <source>{file} is empty (0 bytes). Take the photo again.</source>
        <translation>{file} пуст (0 байт). Снимите ещё раз.</translation>
    </message>
    <message>
        <source>{file} is too large ({megabytes} MB). Use the station camera or a smaller photo.</source>
        <translation>{file} слишком большой ({megabytes} МБ). Используйте камеру станции или фото поменьше.</translation>
    </message>
    <message>
        <source>{stations} opened {code} too, for another kind or zone: two containers carry this barcode. Relabel the one at {stations} with a new barcode and scan its items into it.</source>
        <translation>{stations} тоже открыл {code}, для другого типа или зоны: этот штрихкод стоит на двух контейнерах. Наклейте новый штрихкод на контейнер поста {stations} и отсканируйте в него его товары.</translation>
    </message>
    <message>
        <source>{code} was already closed by {station} at {time}: that close counts. Print its label and manifest again from here.</source>
        <translation>{code} уже закрыл {station} в {time}: действует то закрытие. Напечатайте этикетку и опись заново отсюда.</translation>
    </message>
    <message>
        <source>This station is still fetching its earlier records as {station} from the central database; it goes on by itself at the next sync.</source>
        <translation>Станция ещё загружает из центральной базы свои прежние записи как {station}; она продолжит сама при следующей синхронизации.</translation>
    </message>
    <message>
        <source>Station id {station} is in use by another computer: install {other} on {other_host} synced at {seen}. This computer ({host}, install {mine}) was refused and sent nothing. Give one of them another station id (station_id in the settings); if {other_host} was replaced, this computer takes over by itself once {other_host} has been silent for {minutes} minutes.</source>
        <translation>Идентификатор станции {station} занят другим компьютером: установка {other} на {other_host}, синхронизация {seen}. Этому компьютеру ({host}, установка {mine}) отказано, он ничего не отправил. Дайте одному из них другой идентификатор станции (station_id в настройках); если {other_host} заменили, этот компьютер сам займёт идентификатор, когда {other_host} промолчит {minutes} мин.</translation>
    </message>
    <message>
        <source>This station&apos;s audit chain as {station} differs from the one the central database holds (from event #{seq}): records were changed here after they were sent, or another computer recorded under this station id. Nothing was sent, and nothing is lost: the records stay on this station. Stop inspecting here and call IT (`station audit verify --central` shows where).</source>
        <translation>Цепочка аудита этой станции как {station} расходится с цепочкой в центральной базе (с события №{seq}): записи изменили здесь после отправки, или другой компьютер записывал под этим идентификатором станции. Ничего не отправлено и ничего не потеряно: записи остаются на этой станции. Прекратите проверки здесь и позовите ИТ (`station audit verify --central` покажет, где).</translation>
    </message>
    <message>
        <source>A web password needs at least {n} characters. Choose a longer one.</source>
        <translation>Пароль для веб-входа должен содержать не менее {n} символов. Выберите более длинный.</translation>
    </message>
    <message>
        <source>No user has badge {badge} on the central database. Add them at a station and sync, or give --client NAME for a brand&apos;s account.</source>
        <translation>Ни у одного пользователя в центральной базе нет бейджа {badge}. Добавьте его на станции и синхронизируйте или укажите --client NAME для учётной записи бренда.</translation>
    </message>
    <message>
        <source>Badge {badge} is a station user&apos;s; give the client another sign-in name.</source>
        <translation>Бейдж {badge} принадлежит пользователю станции; дайте клиенту другое имя для входа.</translation>
    </message>
    <message>
        <source>Too many wrong passwords: {badge} is locked. Ask an admin to unlock it (station central web-user unlock {badge}).</source>
        <translation>Слишком много неверных паролей: {badge} заблокирован. Попросите администратора разблокировать (station central web-user unlock {badge}).</translation>
    </message>
    <message>
        <source>Wrong password again: wait {seconds} s, then try again.</source>
        <translation>Снова неверный пароль: подождите {seconds} с и попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>Sign-in name or password not right. Check both and try again.</source>
        <translation>Неверное имя для входа или пароль. Проверьте оба и попробуйте снова.</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>Что-то пошло не так.</translation>
    </message>
    <message>
        <source>Something went wrong on the server; it is in its log. Reload the page; if it happens again, tell IT.</source>
        <translation>На сервере что-то пошло не так; подробности в его журнале. Перезагрузите страницу; если повторится, сообщите в ИТ.</translation>
    </message>
    <message>
        <source>There is no such page or inspection here. Search again from the start page.</source>
        <translation>Такой страницы или проверки здесь нет. Начните поиск заново с начальной страницы.</translation>
    </message>
    <message>
        <source>The central database cannot be reached now. Nothing was changed: wait a minute and reload the page; if it lasts, ask IT to check the central database server.</source>
        <translation>Центральная база данных сейчас недоступна. Ничего не изменено: подождите минуту и перезагрузите страницу; если это продолжается, попросите ИТ проверить сервер центральной базы.</translation>
    </message>
    <message>
        <source>Returns inspections</source>
        <translation>Проверки возвратов</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>Review queue</source>
        <translation>Очередь на рассмотрение</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Дней</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message>
        <source>Inspections in the period: {n}</source>
        <translation>Проверок за период: {n}</translation>
    </message>
    <message>
        <source>Grades</source>
        <translation>Оценки</translation>
    </message>
    <message>
        <source>Dispositions</source>
        <translation>Решения</translation>
    </message>
    <message>
        <source>Return reasons</source>
        <translation>Причины возврата</translation>
    </message>
    <message>
        <source>Inspections per week</source>
        <translation>Проверок в неделю</translation>
    </message>
    <message>
        <source>Saved: {grade} and {disposition}.</source>
        <translation>Сохранено: {grade} и {disposition}.</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Заказ</translation>
    </message>
    <message>
        <source>Inspected by</source>
        <translation>Проверил(а)</translation>
    </message>
    <message>
        <source>Grade now</source>
        <translation>Текущая оценка</translation>
    </message>
    <message>
        <source>Refund recommended</source>
        <translation>Рекомендуемый возврат</translation>
    </message>
    <message>
        <source>fee</source>
        <translation>сбор</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>Контейнер</translation>
    </message>
    <message>
        <source>Shop told</source>
        <translation>Магазин уведомлён</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>ещё нет</translation>
    </message>
    <message>
        <source>Evidence packet (PDF)</source>
        <translation>Пакет доказательств (PDF)</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Фото</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Ответы</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Рассмотрение</translation>
    </message>
    <message>
        <source>Regrade</source>
        <translation>Изменить оценку</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Утвердить</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Фото</translation>
    </message>
    <message>
        <source>This page cannot be shown</source>
        <translation>Эту страницу нельзя показать</translation>
    </message>
    <message>
        <source>Back to the start page</source>
        <translation>На начальную страницу</translation>
    </message>
    <message>
        <source>Waiting for a lead in the last {days} days: {n}</source>
        <translation>Ждут старшего смены за последние {days} дн.: {n}</translation>
    </message>
    <message>
        <source>RMA, order, tracking number, serial or SKU</source>
        <translation>RMA, заказ, трек-номер, серийный номер или артикул</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Найти</translation>
    </message>
    <message>
        <source>Export to CSV</source>
        <translation>Экспорт в CSV</translation>
    </message>
    <message>
        <source>Nothing found for {query}. Check the number and try again.</source>
        <translation>По запросу {query} ничего не найдено. Проверьте номер и попробуйте снова.</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Станция</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Завершено</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Вход</translation>
    </message>
    <message>
        <source>Badge or sign-in name</source>
        <translation>Бейдж или имя для входа</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>Is everything there that belongs to it?</source>
        <translation>Всё ли на месте, что к нему относится?</translation>
    </message>
    <message>
        <source>One-piece toys (a ball, a plush): yes when it is whole. Sets and kits: check against the parts list on the box or in the manual; over 200 pieces, weigh the bags and compare with the catalog weight.</source>
        <translation>Игрушка из одной части (мяч, мягкая игрушка): да, если она целая. Наборы: сверьте со списком деталей на коробке или в инструкции; больше 200 деталей — взвесьте пакеты и сравните с весом из каталога.</translation>
    </message>
    <message>
        <source>RESTOCK · Electronics</source>
        <translation>НА СКЛАД · Электроника</translation>
    </message>
    <message>
        <source>RESTOCK · Apparel</source>
        <translation>НА СКЛАД · Одежда</translation>
    </message>
    <message>
        <source>RESTOCK · Footwear</source>
        <translation>НА СКЛАД · Обувь</translation>
    </message>
    <message>
        <source>RESTOCK · Home &amp; kitchen</source>
        <translation>НА СКЛАД · Дом и кухня</translation>
    </message>
    <message>
        <source>RESTOCK · Toys &amp; games</source>
        <translation>НА СКЛАД · Игрушки и игры</translation>
    </message>
    <message>
        <source>OPEN BOX · resale</source>
        <translation>ВСКРЫТАЯ УПАКОВКА · перепродажа</translation>
    </message>
    <message>
        <source>REFURBISH · Electronics bench</source>
        <translation>НА ВОССТАНОВЛЕНИЕ · стол электроники</translation>
    </message>
    <message>
        <source>REFURBISH · Clean and repair</source>
        <translation>НА ВОССТАНОВЛЕНИЕ · чистка и ремонт</translation>
    </message>
    <message>
        <source>REFURBISH · General</source>
        <translation>НА ВОССТАНОВЛЕНИЕ · общее</translation>
    </message>
    <message>
        <source>DISPOSE · E-waste recycling</source>
        <translation>НА УТИЛИЗАЦИЮ · переработка электроники</translation>
    </message>
    <message>
        <source>DISPOSE · Textile recycling</source>
        <translation>НА УТИЛИЗАЦИЮ · переработка текстиля</translation>
    </message>
    <message>
        <source>DISPOSE · General</source>
        <translation>НА УТИЛИЗАЦИЮ · общее</translation>
    </message>
    <message>
        <source>HOLD · Exceptions desk</source>
        <translation>ОЖИДАНИЕ · стол исключений</translation>
    </message>
    <message>
        <source>QUARANTINE · Lead&apos;s cage</source>
        <translation>КАРАНТИН · клетка старшего смены</translation>
    </message>
    <message>
        <source>{file} has too many pixels ({width}×{height}). Use a photo of at most {limit} megapixels.</source>
        <translation>В {file} слишком много пикселей ({width}×{height}). Используйте фото не больше {limit} мегапикселей.</translation>
    </message>
    <message>
        <source>{file} is cut short (the copy or upload stopped part way). Take the photo again or copy the file again.</source>
        <translation>{file} оборван (копирование или загрузка прервались). Снимите ещё раз или скопируйте файл заново.</translation>
    </message>
    <message>
        <source>{file} is damaged (cut short or corrupt) and cannot be checked. Take the photo again.</source>
        <translation>{file} повреждён (оборван или испорчен), проверить его нельзя. Снимите ещё раз.</translation>
    </message>
    <message>
        <source>{file} is not a picture (JPEG, PNG, WebP, BMP or TIFF). Take the photo again or choose another file.</source>
        <translation>{file} — не изображение (JPEG, PNG, WebP, BMP или TIFF). Снимите ещё раз или выберите другой файл.</translation>
    </message>
    <message>
        <source>{file} is a folder, not a photo.</source>
        <translation>{file} — это папка, а не фото.</translation>
    </message>
    <message>
        <source>{file} cannot be opened ({problem}). Check the name and permissions.</source>
        <translation>Не удаётся открыть {file} ({problem}). Проверьте имя и права доступа.</translation>
    </message>
    <message>
        <source>{where}, rule &apos;{rule}&apos;, question &apos;{question}&apos;</source>
        <translation>{where}, правило &apos;{rule}&apos;, вопрос &apos;{question}&apos;</translation>
    </message>
    <message>
        <source>The grading rules cannot be used ({problem}). Items cannot be graded until a lead fixes the rules file.</source>
        <translation>Правила оценки нельзя использовать ({problem}). Товары нельзя оценивать, пока старший смены не исправит файл правил.</translation>
    </message>
    <message>
        <source>a rule needs a &apos;grade&apos;, a &apos;flag&apos; or both</source>
        <translation>правилу нужен &apos;grade&apos;, &apos;flag&apos; или оба</translation>
    </message>
    <message>
        <source>unknown grade &apos;{grade}&apos;; use one of {grades}</source>
        <translation>неизвестная оценка &apos;{grade}&apos;; используйте одну из: {grades}</translation>
    </message>
    <message>
        <source>a &apos;disposition&apos; needs a &apos;grade&apos; in the same rule</source>
        <translation>для &apos;disposition&apos; нужен &apos;grade&apos; в том же правиле</translation>
    </message>
    <message>
        <source>unknown disposition &apos;{value}&apos;; use one of {choices}</source>
        <translation>неизвестное решение &apos;{value}&apos;; используйте одно из: {choices}</translation>
    </message>
    <message>
        <source>unknown flag &apos;{flag}&apos;; use one of {flags} or add it to &apos;flags&apos;</source>
        <translation>неизвестная отметка &apos;{flag}&apos;; используйте одну из: {flags} или добавьте её в &apos;flags&apos;</translation>
    </message>
    <message>
        <source>{where}, rule &apos;{rule}&apos;</source>
        <translation>{where}, правило &apos;{rule}&apos;</translation>
    </message>
    <message>
        <source>no rules</source>
        <translation>нет правил</translation>
    </message>
    <message>
        <source>category &apos;{category}&apos; has no rules of its own; only the rules for every category grade it</source>
        <translation>у категории &apos;{category}&apos; нет своих правил; её оценивают только общие правила</translation>
    </message>
    <message>
        <source>&apos;when&apos; (checklist {category} v{version})</source>
        <translation>&apos;when&apos; (чек-лист {category} v{version})</translation>
    </message>
    <message>
        <source>{where}, question &apos;{question}&apos;</source>
        <translation>{where}, вопрос &apos;{question}&apos;</translation>
    </message>
    <message>
        <source>version {version} is also in {other} with different rules; give the newer file a higher version</source>
        <translation>версия {version} есть и в {other}, но с другими правилами; дайте новому файлу версию выше</translation>
    </message>
    <message>
        <source>the file should start with &apos;version:&apos; and hold &apos;every_category:&apos; and &apos;categories:&apos;</source>
        <translation>файл должен начинаться с &apos;version:&apos; и содержать &apos;every_category:&apos; и &apos;categories:&apos;</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; lists {values} more than once</source>
        <translation>в &apos;{key}&apos; {values} указано больше одного раза</translation>
    </message>
    <message>
        <source>disposition &apos;{value}&apos;: use lower-case letters, digits and _ only</source>
        <translation>решение &apos;{value}&apos;: используйте только строчные латинские буквы, цифры и _</translation>
    </message>
    <message>
        <source>&apos;disposition_for_grade&apos; has no disposition for grade {grade}</source>
        <translation>в &apos;disposition_for_grade&apos; нет решения для оценки {grade}</translation>
    </message>
    <message>
        <source>&apos;disposition_for_grade&apos; names grade &apos;{grade}&apos;, which is not in &apos;grades&apos;</source>
        <translation>в &apos;disposition_for_grade&apos; указана оценка &apos;{grade}&apos;, которой нет в &apos;grades&apos;</translation>
    </message>
    <message>
        <source>rules for category &apos;{category}&apos;, which has no checklist loaded; they are not used</source>
        <translation>правила для категории &apos;{category}&apos;, для которой не загружен чек-лист; они не используются</translation>
    </message>
    <message>
        <source>no rules files (*.yaml) found</source>
        <translation>файлы правил (*.yaml) не найдены</translation>
    </message>
    <message>
        <source>&apos;disposition_for_grade&apos; sends grade {grade} to &apos;{value}&apos;, which is not in &apos;dispositions&apos;</source>
        <translation>&apos;disposition_for_grade&apos; отправляет оценку {grade} в &apos;{value}&apos;, которого нет в &apos;dispositions&apos;</translation>
    </message>
    <message>
        <source>the rule id &apos;{id}&apos; is used twice</source>
        <translation>идентификатор правила &apos;{id}&apos; использован дважды</translation>
    </message>
    <message>
        <source>Restock</source>
        <translation>На склад</translation>
    </message>
    <message>
        <source>Refurbish</source>
        <translation>На восстановление</translation>
    </message>
    <message>
        <source>Dispose</source>
        <translation>На утилизацию</translation>
    </message>
    <message>
        <source>Return to vendor</source>
        <translation>Возврат поставщику</translation>
    </message>
    <message>
        <source>Liquidate</source>
        <translation>На распродажу</translation>
    </message>
    <message>
        <source>{disposition}: {reason}</source>
        <translation>{disposition}: {reason}</translation>
    </message>
    <message>
        <source>{disposition}: {reason} ({questions})</source>
        <translation>{disposition}: {reason} ({questions})</translation>
    </message>
    <message>
        <source>Grade &quot;{grade}&quot; is not on this warehouse&apos;s scale. Choose one of {grades}.</source>
        <translation>Оценки «{grade}» нет в шкале этого склада. Выберите одну из: {grades}.</translation>
    </message>
    <message>
        <source>&quot;{disposition}&quot; is not a disposition used here. Choose one of {choices}.</source>
        <translation>«{disposition}» здесь не используется как решение. Выберите одно из: {choices}.</translation>
    </message>
    <message>
        <source>{reason} ({questions})</source>
        <translation>{reason} ({questions})</translation>
    </message>
    <message>
        <source>{file} is a folder, not an image. Choose an image file.</source>
        <translation>{file} — это папка, а не изображение. Выберите файл изображения.</translation>
    </message>
    <message>
        <source>Image {file} is empty (0 bytes). Take or copy the photo again.</source>
        <translation>Изображение {file} пустое (0 байт). Снимите или скопируйте фото ещё раз.</translation>
    </message>
    <message>
        <source>Image {file} is too large ({megabytes} MB; at most {limit} MB). Use a smaller photo.</source>
        <translation>Изображение {file} слишком большое ({megabytes} МБ; не больше {limit} МБ). Используйте фото поменьше.</translation>
    </message>
    <message>
        <source>{file} is not a readable image (damaged, or not PNG, JPEG, WebP, BMP or TIFF). Take the photo again or scan the label.</source>
        <translation>{file} — нечитаемое изображение (повреждено или не PNG, JPEG, WebP, BMP, TIFF). Снимите ещё раз или отсканируйте этикетку.</translation>
    </message>
    <message>
        <source>Image {file} was not found. Check the name and folder.</source>
        <translation>Изображение {file} не найдено. Проверьте имя и папку.</translation>
    </message>
    <message>
        <source>Image {file} cannot be opened ({problem}). Check the file and its permissions.</source>
        <translation>Не удаётся открыть изображение {file} ({problem}). Проверьте файл и права доступа.</translation>
    </message>
    <message>
        <source>Image {file} cannot be read ({problem}). Check the file and its permissions.</source>
        <translation>Не удаётся прочитать изображение {file} ({problem}). Проверьте файл и права доступа.</translation>
    </message>
    <message>
        <source>Badge {code} is not known at this station. Pick your name instead, or ask a lead.</source>
        <translation>Пропуск {code} на этой станции неизвестен. Выберите своё имя или обратитесь к старшему смены.</translation>
    </message>
    <message>
        <source>This user cannot sign in here. Ask a lead.</source>
        <translation>Этот пользователь не может войти здесь. Обратитесь к старшему смены.</translation>
    </message>
    <message>
        <source>That PIN is not right. Try again, or ask a lead to reset it.</source>
        <translation>Неверный PIN. Попробуйте ещё раз или попросите старшего смены сбросить его.</translation>
    </message>
    <message>
        <source>The data folder {path} cannot be created ({problem}). Choose another with --data-dir.</source>
        <translation>Не удаётся создать папку данных {path} ({problem}). Укажите другую через --data-dir.</translation>
    </message>
    <message>
        <source>The station database is busy (another program holds it). Nothing was lost: try again in a moment, or restart the station if it keeps happening.</source>
        <translation>База данных станции занята (её держит другая программа). Ничего не потеряно: попробуйте через минуту или перезапустите станцию, если это повторяется.</translation>
    </message>
    <message>
        <source>The station cannot write to its disk (full or failing). Your last saved answer is kept. Call a lead.</source>
        <translation>Станция не может писать на диск (он заполнен или неисправен). Последний сохранённый ответ не потерян. Позовите старшего смены.</translation>
    </message>
    <message>
        <source>{rma} line {line}: serial {serial} matches.</source>
        <translation>{rma}, строка {line}: серийный номер {serial} совпадает.</translation>
    </message>
    <message>
        <source>{rma} has already been inspected. Open that inspection, or scan the next label.</source>
        <translation>{rma} уже проверен. Откройте ту проверку или сканируйте следующую этикетку.</translation>
    </message>
    <message>
        <source>Label not recognised: no RMA, product or serial matches &quot;{text}&quot;. Find the product to inspect it as an unexpected return, type the RMA number, or call a lead.</source>
        <translation>Этикетка не распознана: «{text}» не совпадает ни с RMA, ни с товаром, ни с серийным номером. Найдите товар, чтобы проверить его как неожиданный возврат, введите номер RMA или позовите старшего смены.</translation>
    </message>
    <message>
        <source>{rma} is not in the system. Find the product to inspect it as an unexpected return; a lead will review it.</source>
        <translation>{rma} нет в системе. Найдите товар, чтобы проверить его как неожиданный возврат; старший смены его рассмотрит.</translation>
    </message>
    <message>
        <source>This is a carrier tracking label ({carrier}). Scan the RMA label or the item&apos;s barcode instead.</source>
        <translation>Это этикетка отслеживания перевозчика ({carrier}). Отсканируйте вместо неё этикетку RMA или штрихкод товара.</translation>
    </message>
    <message>
        <source>Wrong item: the label&apos;s GTIN {gtin} ({scanned}) is not the {expected} on {rma}.</source>
        <translation>Не тот товар: GTIN этикетки {gtin} ({scanned}) — не {expected} из {rma}.</translation>
    </message>
    <message>
        <source>{name} has no RMA for this label. Inspect it as an unexpected return; a lead will review it.</source>
        <translation>Для {name} нет RMA по этой этикетке. Проверьте как неожиданный возврат; старший смены его рассмотрит.</translation>
    </message>
    <message>
        <source>Unexpected return: label &quot;{text}&quot; matches no RMA.</source>
        <translation>Неожиданный возврат: этикетка «{text}» не совпадает ни с одним RMA.</translation>
    </message>
    <message>
        <source>Unexpected return: {rma} was not found.</source>
        <translation>Неожиданный возврат: {rma} не найден.</translation>
    </message>
    <message>
        <source>Unexpected return: no RMA found for GTIN {gtin}.</source>
        <translation>Неожиданный возврат: для GTIN {gtin} RMA не найден.</translation>
    </message>
    <message>
        <source>Unexpected return: no RMA found for SKU {sku}.</source>
        <translation>Неожиданный возврат: для артикула {sku} RMA не найден.</translation>
    </message>
    <message>
        <source>There is no checklist for the category &quot;{category}&quot; at this station. Put the item aside and call a lead.</source>
        <translation>На этой станции нет чек-листа для категории «{category}». Отложите товар и позовите старшего смены.</translation>
    </message>
    <message>
        <source>This inspection is no longer open (it was completed or removed). Scan the next label.</source>
        <translation>Эта проверка больше не открыта (она завершена или удалена). Сканируйте следующую этикетку.</translation>
    </message>
    <message>
        <source>Say why you change the grade or disposition (a few words), then complete.</source>
        <translation>Напишите, почему вы меняете оценку или решение (пара слов), затем завершите.</translation>
    </message>
    <message>
        <source>Grade {grade} is not on this warehouse&apos;s scale.</source>
        <translation>Оценки {grade} нет в шкале этого склада.</translation>
    </message>
    <message>
        <source>You are not an active user at this station. Sign in again, or ask an admin.</source>
        <translation>Вы не активный пользователь этой станции. Войдите снова или обратитесь к администратору.</translation>
    </message>
    <message>
        <source>Only a shift lead may approve or regrade. You are signed in as {role}: ask a lead to decide.</source>
        <translation>Утверждать и менять оценку может только старший смены. Вы вошли как {role}: попросите старшего смены решить.</translation>
    </message>
    <message>
        <source>You inspected this item yourself: another lead must review it.</source>
        <translation>Вы сами проверяли этот товар: его должен рассмотреть другой старший смены.</translation>
    </message>
    <message>
        <source>Inspection {id} is not in this station&apos;s store. Sync, then try again.</source>
        <translation>Проверки {id} нет в хранилище этой станции. Выполните синхронизацию и попробуйте снова.</translation>
    </message>
    <message>
        <source>Disposition {disposition} is not known here.</source>
        <translation>Решение {disposition} здесь неизвестно.</translation>
    </message>
    <message>
        <source>Grade {grade} and {disposition} is already the outcome. Choose another grade or disposition, or approve.</source>
        <translation>Оценка {grade} и {disposition} — это уже итог. Выберите другую оценку или решение либо утвердите.</translation>
    </message>
    <message>
        <source>Say why you regrade (a few words): the reason goes into the evidence packet.</source>
        <translation>Напишите, почему вы меняете оценку (пара слов): причина попадёт в пакет доказательств.</translation>
    </message>
    <message>
        <source>Product {sku} is no longer in the catalog. Call a lead.</source>
        <translation>Товара {sku} больше нет в каталоге. Позовите старшего смены.</translation>
    </message>
    <message>
        <source>Product {sku} is not in the catalog. Search by name or GTIN, or call a lead.</source>
        <translation>Товара {sku} нет в каталоге. Ищите по названию или GTIN либо позовите старшего смены.</translation>
    </message>
    <message>
        <source>That question is not part of this checklist now. Answer the one shown.</source>
        <translation>Этого вопроса сейчас нет в чек-листе. Ответьте на показанный вопрос.</translation>
    </message>
    <message>
        <source>The central database at {url} cannot be read ({problem}). Check the URL and that it is migrated.</source>
        <translation>Центральную базу по адресу {url} не удаётся прочитать ({problem}). Проверьте адрес и что она обновлена (migrate).</translation>
    </message>
    <message>
        <source>{text} is not an inspection id (a UUID such as 0193…-…). List them with `station inspections list`.</source>
        <translation>{text} — не идентификатор проверки (UUID вида 0193…-…). Список: `station inspections list`.</translation>
    </message>
    <message>
        <source>Say where to write the PDF with -o FILE.pdf.</source>
        <translation>Укажите, куда записать PDF: -o FILE.pdf.</translation>
    </message>
    <message>
        <source>No inspections were completed since {date}. Give an earlier date.</source>
        <translation>С {date} не завершено ни одной проверки. Укажите более раннюю дату.</translation>
    </message>
    <message>
        <source>Cannot write {path} ({problem}). Choose another file.</source>
        <translation>Не удаётся записать {path} ({problem}). Выберите другой файл.</translation>
    </message>
    <message>
        <source>Slip for inspection {id} written to {path}.</source>
        <translation>Ярлык проверки {id} записан в {path}.</translation>
    </message>
    <message>
        <source>Only the refurb team or a lead may record refurbishment and re-grade. Ask a lead.</source>
        <translation>Записывать восстановление и переоценивать могут только группа восстановления или старший смены. Обратитесь к старшему смены.</translation>
    </message>
    <message>
        <source>Nothing in the refurb queue matches {text}. Scan the grading slip&apos;s QR code, or pick the item from the list.</source>
        <translation>В очереди на восстановление нет ничего для {text}. Отсканируйте QR-код ярлыка оценки или выберите товар из списка.</translation>
    </message>
    <message>
        <source>No inspection {ref} at this station. Sync, or scan the slip again.</source>
        <translation>На этой станции нет проверки {ref}. Выполните синхронизацию или отсканируйте ярлык ещё раз.</translation>
    </message>
    <message>
        <source>This item is not waiting for refurbishment: it is grade {grade}, {disposition}. Put it where its slip says.</source>
        <translation>Этот товар не ждёт восстановления: оценка {grade}, {disposition}. Положите его туда, куда указывает ярлык.</translation>
    </message>
    <message>
        <source>After refurbishment an item is restocked or disposed of.</source>
        <translation>После восстановления товар возвращают на склад или утилизируют.</translation>
    </message>
    <message>
        <source>This item is no longer at this station. Open the queue again.</source>
        <translation>Этого товара больше нет на этой станции. Откройте очередь снова.</translation>
    </message>
    <message>
        <source>This item is no longer waiting for refurbishment. Open the queue again.</source>
        <translation>Этот товар больше не ждёт восстановления. Откройте очередь снова.</translation>
    </message>
    <message>
        <source>Record the work done on this item before you re-grade it.</source>
        <translation>Запишите выполненную работу, прежде чем переоценивать товар.</translation>
    </message>
    <message>
        <source>Question {number} is not answered yet.</source>
        <translation>На вопрос {number} ещё нет ответа.</translation>
    </message>
    <message>
        <source>The checklist still finds work to do (grade {grade}). Record more work and re-grade, or choose restock or dispose and say why.</source>
        <translation>Чек-лист всё ещё находит, что доделать (оценка {grade}). Запишите ещё работу и переоцените или выберите «на склад» либо «утилизировать» и объясните почему.</translation>
    </message>
    <message>
        <source>Say why the item is to be {outcome} against the checklist (a few words).</source>
        <translation>Напишите, почему товар нужно {outcome} вопреки чек-листу (пара слов).</translation>
    </message>
    <message>
        <source>Say what was done (a few words), then save the work.</source>
        <translation>Напишите, что сделано (пара слов), затем сохраните работу.</translation>
    </message>
    <message>
        <source>Enter the time spent in minutes (1 to {max}).</source>
        <translation>Введите затраченное время в минутах (от 1 до {max}).</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Inspection {id} is not in this station&apos;s store. Sync, then open it again.</source>
        <translation>Проверки {id} нет в хранилище этой станции. Выполните синхронизацию и откройте её снова.</translation>
    </message>
    <message>
        <source>Scanned the label and started the inspection at {station}.</source>
        <translation>Отсканировал(а) этикетку и начал(а) проверку на станции {station}.</translation>
    </message>
    <message>
        <source>Took photo {sha}.</source>
        <translation>Сделал(а) фото {sha}.</translation>
    </message>
    <message>
        <source>Completed: grade {grade}, {disposition}.</source>
        <translation>Завершено: оценка {grade}, {disposition}.</translation>
    </message>
    <message>
        <source>Approved {grade}/{disposition}.</source>
        <translation>Утверждено: {grade}/{disposition}.</translation>
    </message>
    <message>
        <source>Regraded {old_grade}/{old_disposition} to {grade}/{disposition}: {reason}</source>
        <translation>Оценка изменена с {old_grade}/{old_disposition} на {grade}/{disposition}: {reason}</translation>
    </message>
    <message>
        <source>Changed the proposed {grade}/{disposition}: {reason}</source>
        <translation>Изменил(а) предложенное {grade}/{disposition}: {reason}</translation>
    </message>
    <message>
        <source>original not in this store</source>
        <translation>оригинала нет в этом хранилище</translation>
    </message>
    <message>
        <source>SHA-256 verified now</source>
        <translation>SHA-256 проверен сейчас</translation>
    </message>
    <message>
        <source>DOES NOT MATCH its SHA-256: file changed</source>
        <translation>НЕ СОВПАДАЕТ со своим SHA-256: файл изменён</translation>
    </message>
    <message>
        <source>Evidence packet — inspection {id}</source>
        <translation>Пакет доказательств — проверка {id}</translation>
    </message>
    <message>
        <source>Made {when} at station {station}{by}. Times are local; photos are identified by the SHA-256 of the file as taken.</source>
        <translation>Создано {when} на станции {station}{by}. Время местное; фото опознаются по SHA-256 файла в момент съёмки.</translation>
    </message>
    <message>
        <source>Item and return</source>
        <translation>Товар и возврат</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Товар</translation>
    </message>
    <message>
        <source>GTIN / category / price</source>
        <translation>GTIN / категория / цена</translation>
    </message>
    <message>
        <source>Serial (found / expected)</source>
        <translation>Серийный номер (найден / ожидался)</translation>
    </message>
    <message>
        <source>RMA / line / order</source>
        <translation>RMA / строка / заказ</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Return reason</source>
        <translation>Причина возврата</translation>
    </message>
    <message>
        <source>Purchase date</source>
        <translation>Дата покупки</translation>
    </message>
    <message>
        <source>Label as scanned</source>
        <translation>Этикетка при сканировании</translation>
    </message>
    <message>
        <source>Inspector / station</source>
        <translation>Контролёр / станция</translation>
    </message>
    <message>
        <source>Started / completed</source>
        <translation>Начато / завершено</translation>
    </message>
    <message>
        <source>Checklist / rules</source>
        <translation>Чек-лист / правила</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Итог</translation>
    </message>
    <message>
        <source>Proposed by the rules</source>
        <translation>Предложено правилами</translation>
    </message>
    <message>
        <source>Set by the inspector</source>
        <translation>Установлено контролёром</translation>
    </message>
    <message>
        <source>Current (after reviews)</source>
        <translation>Текущее (после рассмотрения)</translation>
    </message>
    <message>
        <source>Reasons for the grade</source>
        <translation>Причины оценки</translation>
    </message>
    <message>
        <source>Checklist answers</source>
        <translation>Ответы чек-листа</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Рассмотрения</translation>
    </message>
    <message>
        <source>Photos ({count})</source>
        <translation>Фото ({count})</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation>Записи аудита</translation>
    </message>
    <message>
        <source>Each entry&apos;s hash covers the one before it at the same station; `station audit verify` checks the chains.</source>
        <translation>Хеш каждой записи охватывает предыдущую запись той же станции; `station audit verify` проверяет цепочки.</translation>
    </message>
    <message>
        <source>Why a lead reviewed it</source>
        <translation>Почему это рассматривал старший смены</translation>
    </message>
    <message>
        <source>No lead has reviewed this inspection yet.</source>
        <translation>Эту проверку ещё не рассматривал ни один старший смены.</translation>
    </message>
    <message>
        <source>Photo {n} of {total} — taken {when}{prompt}</source>
        <translation>Фото {n} из {total} — снято {when}{prompt}</translation>
    </message>
    <message>
        <source>SHA-256 {sha} · {width}×{height} px · {size} bytes · {check}</source>
        <translation>SHA-256 {sha} · {width}×{height} пикс. · {size} байт · {check}</translation>
    </message>
    <message>
        <source>The evidence packet could not be written to {path} ({problem}). Choose another folder.</source>
        <translation>Не удалось записать пакет доказательств в {path} ({problem}). Выберите другую папку.</translation>
    </message>
    <message>
        <source>(the photo file is not in this store)</source>
        <translation>(файла фото нет в этом хранилище)</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Отвечено</translation>
    </message>
    <message>
        <source>Station #</source>
        <translation>Станция №</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>Хеш</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Старший смены</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Disposal of an item worth {price} (review from {limit}).</source>
        <translation>Утилизация товара стоимостью {price} (рассмотрение от {limit}).</translation>
    </message>
    <message>
        <source>Random quality sample.</source>
        <translation>Случайная выборка для контроля качества.</translation>
    </message>
    <message>
        <source>{name} is locked out after too many wrong PINs. A shift lead or an admin must unlock the sign-in first (Unlock on the sign-in screen, or `station users unlock`).</source>
        <translation>Вход для {name} заблокирован после слишком многих неверных PIN. Сначала его должен разблокировать старший смены или администратор (кнопка «Разблокировать» на экране входа или `station users unlock`).</translation>
    </message>
    <message>
        <source>That PIN is not right. Wait {seconds} s, then try again.</source>
        <translation>Неверный PIN. Подождите {seconds} с и попробуйте снова.</translation>
    </message>
    <message>
        <source>A PIN is 4 to 6 digits (0–9); {length} characters given. Choose another PIN.</source>
        <translation>PIN — это от 4 до 6 цифр (0–9); введено символов: {length}. Выберите другой PIN.</translation>
    </message>
    <message>
        <source>A PIN is 4 to 6 digits. Type it again.</source>
        <translation>PIN — это от 4 до 6 цифр. Введите его ещё раз.</translation>
    </message>
    <message>
        <source>Nobody unlocks their own sign-in. Ask another shift lead or an admin.</source>
        <translation>Свой вход разблокировать нельзя. Обратитесь к другому старшему смены или администратору.</translation>
    </message>
    <message>
        <source>Only a shift lead or an admin can unlock {name}. Ask one to come.</source>
        <translation>Разблокировать {name} может только старший смены или администратор. Попросите кого-нибудь из них подойти.</translation>
    </message>
    <message>
        <source>This user is not known at this station. Ask an admin.</source>
        <translation>Этот пользователь неизвестен на этой станции. Обратитесь к администратору.</translation>
    </message>
    <message>
        <source>This is the label of an item already inspected ({reference}, {when}). Open it in Review or Refurb, or scan the parcel&apos;s return label to inspect another item.</source>
        <translation>Это этикетка уже проверенного товара ({reference}, {when}). Откройте его в Проверке или Ремонте или отсканируйте этикетку возврата посылки, чтобы проверить другой товар.</translation>
    </message>
    <message>
        <source>Question {number} needs at least one answer: press the number of each that applies, then Enter.</source>
        <translation>В вопросе {number} нужен хотя бы один ответ: нажмите номер каждого подходящего, затем Enter.</translation>
    </message>
    <message>
        <source>A photo is still needed: {prompt}</source>
        <translation>Ещё нужно фото: {prompt}</translation>
    </message>
    <message>
        <source>No photo was given. Take the photo again.</source>
        <translation>Фото не получено. Снимите ещё раз.</translation>
    </message>
    <message>
        <source>Inspector changed the outcome: {reason}</source>
        <translation>Контролёр изменил(а) итог: {reason}</translation>
    </message>
    <message>
        <source>Audit event #{seq} of station {station} does not match its hash: it was changed or inserted after the chain was written.</source>
        <translation>Событие аудита №{seq} станции {station} не совпадает со своим хешем: его изменили или вставили после записи цепочки.</translation>
    </message>
    <message>
        <source>Photo {sha} ({table} {id}) is missing from the evidence store.</source>
        <translation>Фото {sha} ({table} {id}) отсутствует в хранилище доказательств.</translation>
    </message>
    <message>
        <source>Photo {sha} ({table} {id}) no longer matches its SHA-256: the file was changed.</source>
        <translation>Фото {sha} ({table} {id}) больше не совпадает со своим SHA-256: файл был изменён.</translation>
    </message>
    <message>
        <source>Name the central database: station central init --url postgresql://USER@HOST/DB</source>
        <translation>Укажите центральную базу: station central init --url postgresql://USER@HOST/DB</translation>
    </message>
    <message>
        <source>The import could not be written to the database ({problem}). Nothing was imported; check the database and try again.</source>
        <translation>Импорт не удалось записать в базу ({problem}). Ничего не импортировано; проверьте базу и попробуйте снова.</translation>
    </message>
    <message>
        <source>The export file {path} cannot be written ({problem}). Choose another place.</source>
        <translation>Файл экспорта {path} не удаётся записать ({problem}). Выберите другое место.</translation>
    </message>
    <message>
        <source>{file}, {problem}</source>
        <translation>{file}, {problem}</translation>
    </message>
    <message>
        <source>good</source>
        <translation>годно</translation>
    </message>
    <message>
        <source>Sharp photo: {sharp:.1f}; blurred photo: {blurred:.1f}. Suggested blur limit for camera {camera}: {limit:.1f}.</source>
        <translation>Чёткое фото: {sharp:.1f}; размытое фото: {blurred:.1f}. Рекомендуемый порог размытия для камеры {camera}: {limit:.1f}.</translation>
    </message>
    <message>
        <source>The same picture (distance {distance} of 64 bits).</source>
        <translation>Один и тот же снимок (расстояние {distance} из 64 бит).</translation>
    </message>
    <message>
        <source>Different pictures (distance {distance} of 64 bits).</source>
        <translation>Разные снимки (расстояние {distance} из 64 бит).</translation>
    </message>
    <message>
        <source>Saved in {path}.</source>
        <translation>Сохранено в {path}.</translation>
    </message>
    <message>
        <source>The number of inspections cannot be negative.</source>
        <translation>Число проверок не может быть отрицательным.</translation>
    </message>
    <message>
        <source>There are no RMAs with a known checklist, or no users, to make inspections from. Run `station demo load` first.</source>
        <translation>Нет RMA с известным чек-листом или нет пользователей, чтобы создать проверки. Сначала выполните `station demo load`.</translation>
    </message>
    <message>
        <source>This may not be the product on the RMA: the photo matches its catalog picture {score} %. Check the item; a lead will look at it.</source>
        <translation>Возможно, это не товар из RMA: фото совпадает с фото из каталога на {score} %. Проверьте товар; старший смены посмотрит.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a GTIN (8 to 14 digits)</source>
        <translation>&apos;{value}&apos; — не GTIN (от 8 до 14 цифр)</translation>
    </message>
    <message>
        <source>&apos;{value}&apos;: use lower-case letters, digits and _ (like home_kitchen)</source>
        <translation>&apos;{value}&apos;: используйте строчные латинские буквы, цифры и _ (как home_kitchen)</translation>
    </message>
    <message>
        <source>GTIN {gtin} belongs to {other} already</source>
        <translation>GTIN {gtin} уже принадлежит {other}</translation>
    </message>
    <message>
        <source>line {line}: {problem}</source>
        <translation>строка {line}: {problem}</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; should be true or false</source>
        <translation>&apos;{value}&apos; должно быть true или false</translation>
    </message>
    <message>
        <source>line {line}, field &apos;{field}&apos;: {problem}</source>
        <translation>строка {line}, поле &apos;{field}&apos;: {problem}</translation>
    </message>
    <message>
        <source>is longer than {limit} characters</source>
        <translation>длиннее {limit} символов</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; may hold letters, digits and - _ . / only</source>
        <translation>&apos;{value}&apos; может содержать только буквы, цифры и - _ . /</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not an amount from 0 up</source>
        <translation>&apos;{value}&apos; — не сумма от 0 и выше</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a whole number</source>
        <translation>&apos;{value}&apos; — не целое число</translation>
    </message>
    <message>
        <source>must be at least {minimum}</source>
        <translation>должно быть не меньше {minimum}</translation>
    </message>
    <message>
        <source>The file {path} cannot be opened ({problem}). Check the name and try again.</source>
        <translation>Не удаётся открыть файл {path} ({problem}). Проверьте имя и попробуйте снова.</translation>
    </message>
    <message>
        <source>The file {path} has no column {columns} (it has: {found}). Fix the header line and import again.</source>
        <translation>В файле {path} нет столбца {columns} (есть: {found}). Исправьте строку заголовка и импортируйте снова.</translation>
    </message>
    <message>
        <source>is empty; it is required</source>
        <translation>пусто; это обязательное поле</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not an amount such as 49.90</source>
        <translation>&apos;{value}&apos; — не сумма вида 49.90</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date such as 2026-11-24</source>
        <translation>&apos;{value}&apos; — не дата вида 2026-11-24</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a month such as 2026-11</source>
        <translation>&apos;{value}&apos; — не месяц вида 2026-11</translation>
    </message>
    <message>
        <source>No refund yet: there is no RMA for this item, so no customer to pay. A lead finds the order.</source>
        <translation>Возврата денег пока нет: у товара нет RMA, значит, некому платить. Старший смены найдёт заказ.</translation>
    </message>
    <message>
        <source>Repeat returner: {customer} has {count} returns within {days} days (the limit is {limit}).</source>
        <translation>Частый возвратчик: у {customer} {count} возвратов за {days} дн. (предел — {limit}).</translation>
    </message>
    <message>
        <source>The serial on the item ({scanned}) is not the one sold ({sold}): possibly a swapped item.</source>
        <translation>Серийный номер на товаре ({scanned}) — не тот, что продан ({sold}): возможно, товар подменили.</translation>
    </message>
    <message>
        <source>Returned as &quot;{reason}&quot;, but shows signs of use: {signs}.</source>
        <translation>Возвращено с причиной «{reason}», но есть следы использования: {signs}.</translation>
    </message>
    <message>
        <source>{where}, field &apos;{field}&apos;: {problem}</source>
        <translation>{where}, поле &apos;{field}&apos;: {problem}</translation>
    </message>
    <message>
        <source>The return policy {file} cannot be used: {problem}. Fix the file or ask a lead.</source>
        <translation>Политику возврата {file} нельзя использовать: {problem}. Исправьте файл или обратитесь к старшему смены.</translation>
    </message>
    <message>
        <source>the file should be a set of keys (&apos;key: value&apos; lines)</source>
        <translation>файл должен быть набором ключей (строки &apos;key: value&apos;)</translation>
    </message>
    <message>
        <source>the category &apos;{category}&apos; has another policy file already</source>
        <translation>у категории &apos;{category}&apos; уже есть другой файл политики</translation>
    </message>
    <message>
        <source>grade &apos;{grade}&apos; has no terms</source>
        <translation>для оценки &apos;{grade}&apos; нет условий</translation>
    </message>
    <message>
        <source>unknown time zone &apos;{zone}&apos;: use a name such as Europe/Berlin, or local</source>
        <translation>неизвестный часовой пояс &apos;{zone}&apos;: используйте имя вида Europe/Berlin или local</translation>
    </message>
    <message>
        <source>grade &apos;{grade}&apos; is not on the grading scale ({scale})</source>
        <translation>оценки &apos;{grade}&apos; нет в шкале оценок ({scale})</translation>
    </message>
    <message>
        <source>question &apos;{question}&apos; is not in the {category} checklist</source>
        <translation>вопроса &apos;{question}&apos; нет в чек-листе {category}</translation>
    </message>
    <message>
        <source>{settlement} {amount} (price {price}, fee {fee}): {why}.</source>
        <translation>{settlement} {amount} (цена {price}, сбор {fee}): {why}.</translation>
    </message>
    <message>
        <source>{name}</source>
        <translation>{name}</translation>
    </message>
    <message>
        <source>This station is still fetching its earlier records as {station} from the central database. Wait until the header shows it synced, then try again.</source>
        <translation>Станция ещё загружает из центральной базы свои прежние записи как {station}. Дождитесь «Синхронизировано» в шапке окна, затем попробуйте снова.</translation>
    </message>
    <message>
        <source>{file} has too many pixels ({width}×{height}); at most {limit} million. Use a smaller photo.</source>
        <translation>В {file} слишком много пикселей ({width}×{height}); не больше {limit} млн. Используйте фото поменьше.</translation>
    </message>
    <message>
        <source>{file} declares a gigantic picture (over {limit} million pixels); it is not a photo. Use a smaller photo.</source>
        <translation>Файл {file} заявляет огромное изображение (больше {limit} млн пикселей); это не фото. Используйте фото поменьше.</translation>
    </message>
    <message>
        <source>Nothing was imported: a file is imported whole or not at all.</source>
        <translation>Ничего не импортировано: файл импортируется целиком или не импортируется вовсе.</translation>
    </message>
    <message>
        <source>{file}: {problem} {nothing}</source>
        <translation>{file}: {problem} {nothing}</translation>
    </message>
    <message>
        <source>line {line} holds a cell of more than {limit} characters. No field of an import is that long: a quote (&quot;) is not closed, or the file is damaged. Fix it and import again.</source>
        <translation>в строке {line} ячейка длиннее {limit} символов. Таких длинных полей в импорте нет: не закрыта кавычка (&quot;) или файл повреждён. Исправьте и импортируйте снова.</translation>
    </message>
    <message>
        <source>the file is saved as UTF-16 text. Save it as CSV UTF-8 and import again.</source>
        <translation>файл сохранён как текст UTF-16. Сохраните его как CSV UTF-8 и импортируйте снова.</translation>
    </message>
    <message>
        <source>the quote (&quot;) that opens a cell on line {line} is never closed, so the rest of the file would be one cell. Close it, or write a quote inside a cell as two (&quot;&quot;), and import again.</source>
        <translation>кавычка (&quot;), которая открывает ячейку в строке {line}, не закрыта, и весь остаток файла стал бы одной ячейкой. Закройте её или запишите кавычку внутри ячейки двумя (&quot;&quot;) и импортируйте снова.</translation>
    </message>
    <message>
        <source>line {line} is not valid CSV ({detail}). Fix the line and import again.</source>
        <translation>строка {line} — неверный CSV ({detail}). Исправьте строку и импортируйте снова.</translation>
    </message>
    <message>
        <source>the header line holds NUL characters: the file is saved as UTF-16 or is no text file. Save it as CSV UTF-8 and import again.</source>
        <translation>в строке заголовка есть символы NUL: файл сохранён как UTF-16 или это не текстовый файл. Сохраните его как CSV UTF-8 и импортируйте снова.</translation>
    </message>
    <message>
        <source>the header line names the column {columns} more than once. Fix the header line and import again.</source>
        <translation>в строке заголовка столбец {columns} указан больше одного раза. Исправьте строку заголовка и импортируйте снова.</translation>
    </message>
    <message>
        <source>holds the control character {char}, which no text of an import may hold (the file may be damaged); fix the cell</source>
        <translation>содержит управляющий символ {char}, недопустимый в тексте импорта (файл, возможно, повреждён); исправьте ячейку</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is too large (at most {maximum})</source>
        <translation>&apos;{value}&apos; — слишком большое число (не больше {maximum})</translation>
    </message>
    <message>
        <source>the file is {megabytes} MB; an import file is at most {limit} MB. Split it and import the parts.</source>
        <translation>файл весит {megabytes} МБ, а файл импорта — не больше {limit} МБ. Разделите его и импортируйте по частям.</translation>
    </message>
    <message>
        <source>line {line} holds bytes that are not UTF-8 text: the file is saved in another encoding (such as Latin-1 or Windows-1252) or is no CSV file at all. Save it as CSV UTF-8 and import again.</source>
        <translation>в строке {line} есть байты, которые не являются текстом UTF-8: файл сохранён в другой кодировке (например, Latin-1 или Windows-1252) или это вовсе не CSV. Сохраните его как CSV UTF-8 и импортируйте снова.</translation>
    </message>
    <message>
        <source>{value} is also on line {others}; a file may hold it once only, so none of these lines was imported. Keep one of them and import again.</source>
        <translation>{value} встречается также в строке {others}; в файле оно может быть только один раз, поэтому ни одна из этих строк не импортирована. Оставьте одну из них и импортируйте снова.</translation>
    </message>
    <message>
        <source>has {count} cells, more than the {columns} columns of the header: a cell that holds a comma needs quotes (&quot;Smith, Ann&quot;). Fix the line and import again.</source>
        <translation>ячеек в ней {count}, а столбцов в заголовке {columns}: ячейку с запятой нужно взять в кавычки (&quot;Smith, Ann&quot;). Исправьте строку и импортируйте снова.</translation>
    </message>
    <message>
        <source>No event {id} in the central database.</source>
        <translation>В центральной базе данных нет события {id}.</translation>
    </message>
    <message>
        <source>{id} is not an event id (a UUID, as `station central events list` shows).</source>
        <translation>{id} — не идентификатор события (UUID, как показывает `station central events list`).</translation>
    </message>
    <message>
        <source>Destination {name}: {url} is not an http(s) URL. Fix the destinations file.</source>
        <translation>Получатель {name}: {url} — не адрес http(s). Исправьте файл получателей.</translation>
    </message>
    <message>
        <source>Destination {name}: the environment variable {variable} with its secret is not set. Set it for the relay (systemd: Environment= or EnvironmentFile=).</source>
        <translation>Получатель {name}: переменная окружения {variable} с его секретом не задана. Задайте её для ретранслятора (systemd: Environment= или EnvironmentFile=).</translation>
    </message>
    <message>
        <source>Destination {name}: {url} is not a URL ({problem}). Fix the destinations file.</source>
        <translation>Получатель {name}: {url} — не адрес ({problem}). Исправьте файл получателей.</translation>
    </message>
    <message>
        <source>Destination {name} is named twice in the destinations file.</source>
        <translation>Получатель {name} указан в файле получателей дважды.</translation>
    </message>
    <message>
        <source>Destination {name}: unknown event types {types}. Known: {known}.</source>
        <translation>Получатель {name}: неизвестные типы событий {types}. Известные: {known}.</translation>
    </message>
    <message>
        <source>The destinations file {path} cannot be read ({problem}).</source>
        <translation>Файл получателей {path} не читается ({problem}).</translation>
    </message>
    <message>
        <source>The destinations file {path} is not valid YAML ({problem}).</source>
        <translation>Файл получателей {path} — не корректный YAML ({problem}).</translation>
    </message>
    <message>
        <source>The destinations file {path}: {where} ({name}): {problem}.</source>
        <translation>Файл получателей {path}: {where} ({name}): {problem}.</translation>
    </message>
    <message>
        <source>Destination {name}: the secret in {variable} is not a Standard Webhooks secret (whsec_ and base64).</source>
        <translation>Получатель {name}: секрет в {variable} — не секрет Standard Webhooks (whsec_ и base64).</translation>
    </message>
    <message>
        <source>Destination {name}: a Shopify return is processed once, at inspection; list only inspection.completed.</source>
        <translation>Получатель {name}: возврат в Shopify обрабатывается один раз, при проверке; укажите только inspection.completed.</translation>
    </message>
    <message>
        <source>Destination {name}: a WooCommerce refund is made once, at inspection; list only inspection.completed.</source>
        <translation>Получатель {name}: возврат денег в WooCommerce делается один раз, при проверке; укажите только inspection.completed.</translation>
    </message>
    <message>
        <source>Destination {name}: the customer&apos;s e-mail says what was found at inspection; list only inspection.completed.</source>
        <translation>Получатель {name}: письмо клиенту сообщает, что нашла проверка; укажите только inspection.completed.</translation>
    </message>
    <message>
        <source>The destinations file names no destination: nothing to relay.</source>
        <translation>В файле получателей нет ни одного получателя: пересылать некуда.</translation>
    </message>
    <message>
        <source>grade {grade} under the {category} policy</source>
        <translation>оценка {grade} по политике для категории {category}</translation>
    </message>
    <message>
        <source>as the policy says</source>
        <translation>как указано в политике</translation>
    </message>
    <message>
        <source>{first}; {second}</source>
        <translation>{first}; {second}</translation>
    </message>
    <message>
        <source>{category} items are not returnable under the warehouse policy: no refund.</source>
        <translation>Товары категории {category} по политике склада не подлежат возврату: денег не возвращаем.</translation>
    </message>
    <message>
        <source>No return policy for {category}: full refund recommended; a lead may set terms.</source>
        <translation>Нет политики возврата для {category}: рекомендуется полный возврат денег; старший смены может задать условия.</translation>
    </message>
    <message>
        <source>nothing back for this grade</source>
        <translation>за эту оценку ничего не возвращаем</translation>
    </message>
    <message>
        <source>the customer&apos;s reason &quot;{reason}&quot; calls for an exchange</source>
        <translation>причина клиента «{reason}» предполагает обмен</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Возврат денег</translation>
    </message>
    <message>
        <source>Store credit</source>
        <translation>Баллы магазина</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Обмен</translation>
    </message>
    <message>
        <source>No refund</source>
        <translation>Без возврата</translation>
    </message>
    <message>
        <source>full price</source>
        <translation>полная цена</translation>
    </message>
    <message>
        <source>no purchase date: {settlement} at most</source>
        <translation>нет даты покупки: не больше чем {settlement}</translation>
    </message>
    <message>
        <source>{percent} % restocking fee</source>
        <translation>сбор за возврат на склад {percent} %</translation>
    </message>
    <message>
        <source>outside the return window: {settlement} at most</source>
        <translation>вне срока возврата: не больше чем {settlement}</translation>
    </message>
    <message>
        <source>restocking fee {fee}</source>
        <translation>сбор за возврат на склад {fee}</translation>
    </message>
    <message>
        <source>no restocking fee</source>
        <translation>без сбора за возврат на склад</translation>
    </message>
    <message>
        <source>Changed my mind</source>
        <translation>Передумал</translation>
    </message>
    <message>
        <source>Not as described</source>
        <translation>Не соответствует описанию</translation>
    </message>
    <message>
        <source>Arrived damaged</source>
        <translation>Пришёл повреждённым</translation>
    </message>
    <message>
        <source>Wrong size</source>
        <translation>Не тот размер</translation>
    </message>
    <message>
        <source>Unopened, no longer needed</source>
        <translation>Не вскрыт, больше не нужен</translation>
    </message>
    <message>
        <source>Wrong item sent</source>
        <translation>Прислали не тот товар</translation>
    </message>
    <message>
        <source>purchase</source>
        <translation>покупка</translation>
    </message>
    <message>
        <source>Inside the {days}-day window from {start} ({return_kind} {day}, last day {last}).</source>
        <translation>В пределах {days} дн. с даты «{start}» ({return_kind} {day}, последний день {last}).</translation>
    </message>
    <message>
        <source>delivery</source>
        <translation>доставка</translation>
    </message>
    <message>
        <source>The RMA has no purchase date: the return window ({days} days) could not be checked.</source>
        <translation>В RMA нет даты покупки: срок возврата ({days} дн.) проверить не удалось.</translation>
    </message>
    <message>
        <source>received</source>
        <translation>получено</translation>
    </message>
    <message>
        <source>requested</source>
        <translation>запрошено</translation>
    </message>
    <message>
        <source>The RMA has no return request date: the return window ({days} days from {start}) was not checked.</source>
        <translation>В RMA нет даты запроса возврата: срок возврата ({days} дн. с даты «{start}») не проверен.</translation>
    </message>
    <message>
        <source>The put-away rules cannot be used ({problem}). Put items aside and call a lead to fix the put-away file.</source>
        <translation>Правила размещения нельзя использовать ({problem}). Отложите товары и позовите старшего, чтобы исправить файл размещения.</translation>
    </message>
    <message>
        <source>zone &apos;{zone}&apos; is not listed under &apos;zones&apos;</source>
        <translation>зона &apos;{zone}&apos; не указана в &apos;zones&apos;</translation>
    </message>
    <message>
        <source>the quarantine needs the container kind &apos;cage&apos; under &apos;kinds&apos;</source>
        <translation>для карантина нужен тип контейнера &apos;cage&apos; в &apos;kinds&apos;</translation>
    </message>
    <message>
        <source>no put-away files (*.yaml) found</source>
        <translation>файлы размещения (*.yaml) не найдены</translation>
    </message>
    <message>
        <source>the rule id is used twice; give each rule its own id</source>
        <translation>идентификатор правила повторяется; дайте каждому правилу свой</translation>
    </message>
    <message>
        <source>container kind &apos;{kind}&apos; is not listed under &apos;kinds&apos;</source>
        <translation>тип контейнера &apos;{kind}&apos; не указан в &apos;kinds&apos;</translation>
    </message>
    <message>
        <source>zone &apos;{zone}&apos; is the quarantine cage: only items flagged for a lead go there</source>
        <translation>зона &apos;{zone}&apos; — карантинная клетка: туда идут только товары, отмеченные для старшего</translation>
    </message>
    <message>
        <source>the file should start with &apos;version:&apos; and hold &apos;kinds:&apos;, &apos;zones:&apos;, &apos;quarantine:&apos; and &apos;rules:&apos;</source>
        <translation>файл должен начинаться с &apos;version:&apos; и содержать &apos;kinds:&apos;, &apos;zones:&apos;, &apos;quarantine:&apos; и &apos;rules:&apos;</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a known {key}; use one of {expected}</source>
        <translation>&apos;{value}&apos; — неизвестное значение {key}; используйте одно из: {expected}</translation>
    </message>
    <message>
        <source>no rule places a {disposition} item of {category} graded {grade}; add a rule for it (or one without &apos;when&apos; at the end)</source>
        <translation>ни одно правило не размещает товар {disposition} из категории {category} с оценкой {grade}; добавьте правило (или правило без &apos;when&apos; в конце)</translation>
    </message>
    <message>
        <source>The dashboard is for shift leads and admins. Sign in as one to see it.</source>
        <translation>Сводка — для старших смены и администраторов. Войдите как один из них, чтобы её увидеть.</translation>
    </message>
    <message>
        <source>This station has no central database set (central_url). Showing it needs one; ask an admin, or read this station&apos;s own store.</source>
        <translation>У этой станции не задана центральная база (central_url). Для показа она нужна; обратитесь к администратору или читайте хранилище самой станции.</translation>
    </message>
    <message>
        <source>The {source} database cannot be read now ({problem}). The figures shown are older; try Refresh in a minute.</source>
        <translation>Базу {source} сейчас не прочитать ({problem}). Показаны более старые данные; попробуйте «Обновить» через минуту.</translation>
    </message>
    <message>
        <source>The file {path} cannot be written ({problem}). Choose another place.</source>
        <translation>Файл {path} не удаётся записать ({problem}). Выберите другое место.</translation>
    </message>
    <message>
        <source>Inspection {id} · page {page}</source>
        <translation>Проверка {id} · стр. {page}</translation>
    </message>
    <message>
        <source>✓ passed</source>
        <translation>✓ в норме</translation>
    </message>
    <message>
        <source>✗ FAILED</source>
        <translation>✗ НЕ ПРОЙДЕНО</translation>
    </message>
    <message>
        <source>Perceptual hash {phash}</source>
        <translation>Перцептивный хеш {phash}</translation>
    </message>
    <message>
        <source>Sharpness {value} (at least {limit}): {verdict}</source>
        <translation>Резкость {value} (не меньше {limit}): {verdict}</translation>
    </message>
    <message>
        <source>Contrast {value} (at least {limit}): {verdict}</source>
        <translation>Контраст {value} (не меньше {limit}): {verdict}</translation>
    </message>
    <message>
        <source>Brightest 5 % at level {value} (too dark at or below {limit}): {verdict}</source>
        <translation>Самые светлые 5 % на уровне {value} (слишком темно при {limit} и ниже): {verdict}</translation>
    </message>
    <message>
        <source>Darkest 1 % at level {value} (too bright at or above {limit}): {verdict}</source>
        <translation>Самые тёмные 1 % на уровне {value} (слишком светло при {limit} и выше): {verdict}</translation>
    </message>
    <message>
        <source>Clipped to white on {value} % of the picture (at most {limit} %): {verdict}</source>
        <translation>Засвечено до белого {value} % снимка (не больше {limit} %): {verdict}</translation>
    </message>
    <message>
        <source>Glare on {value} % of the picture (at most {limit} %): {verdict}</source>
        <translation>Блики на {value} % снимка (не больше {limit} %): {verdict}</translation>
    </message>
    <message>
        <source>Broad glare on {value} % of the picture (at most {limit} %): {verdict}</source>
        <translation>Широкий блик на {value} % снимка (не больше {limit} %): {verdict}</translation>
    </message>
    <message>
        <source>The item covers {value} % of the picture (at least {limit} %): {verdict}</source>
        <translation>Товар занимает {value} % снимка (не меньше {limit} %): {verdict}</translation>
    </message>
    <message>
        <source>Item cut off at {sides} edge(s) of the picture: {verdict}</source>
        <translation>Товар обрезан по краям снимка: {sides}: {verdict}</translation>
    </message>
    <message>
        <source>Looks like the catalog picture: {score} %</source>
        <translation>Сходство с фото из каталога: {score} %</translation>
    </message>
    <message>
        <source>Same or nearly the same picture as in inspection {id} (distance {distance})</source>
        <translation>Та же или почти та же фотография, что в проверке {id} (расстояние {distance})</translation>
    </message>
    <message>
        <source>No label printer is set for item labels.</source>
        <translation>Принтер для этикеток товаров не задан.</translation>
    </message>
    <message>
        <source>The print queue {printer} cannot be reached: this computer has no print system. Set the label printer&apos;s address (host:9100) instead.</source>
        <translation>Очередь печати {printer} недоступна: на этом компьютере нет системы печати. Укажите вместо неё адрес принтера этикеток (host:9100).</translation>
    </message>
    <message>
        <source>The print queue {printer} refused the label ({problem}). Check the queue&apos;s name.</source>
        <translation>Очередь печати {printer} отклонила этикетку ({problem}). Проверьте имя очереди.</translation>
    </message>
    <message>
        <source>The label printer {printer} did not take the label ({problem}). Check that it is on and has labels.</source>
        <translation>Принтер этикеток {printer} не принял этикетку ({problem}). Проверьте, что он включён и в нём есть этикетки.</translation>
    </message>
    <message>
        <source>Wrong item: scanned GTIN {gtin}, but the product chosen for this return is {name} ({expected}).</source>
        <translation>Не тот товар: отсканирован GTIN {gtin}, а для этого возврата выбран товар {name} ({expected}).</translation>
    </message>
    <message>
        <source>At completion</source>
        <translation>При завершении осмотра</translation>
    </message>
    <message numerus="yes">
        <source>&apos;{key}&apos; needs at least %n value(s)</source>
        <translation>
            <numerusform>в &apos;{key}&apos; нужно не меньше %n значения</numerusform>
            <numerusform>в &apos;{key}&apos; нужно не меньше %n значений</numerusform>
            <numerusform>в &apos;{key}&apos; нужно не меньше %n значений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{what}: {added} added, {updated} updated, {unchanged} unchanged, %n row(s) with errors</source>
        <translation>
            <numerusform>{what}: добавлено {added}, обновлено {updated}, без изменений {unchanged}, %n строка с ошибками</numerusform>
            <numerusform>{what}: добавлено {added}, обновлено {updated}, без изменений {unchanged}, %n строки с ошибками</numerusform>
            <numerusform>{what}: добавлено {added}, обновлено {updated}, без изменений {unchanged}, %n строк с ошибками</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n slip(s) written to {path}.</source>
        <translation>
            <numerusform>%n ярлык записан в {path}.</numerusform>
            <numerusform>%n ярлыка записано в {path}.</numerusform>
            <numerusform>%n ярлыков записано в {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Outside the {days}-day window from {start}: {return_kind} {day}, %n day(s) after the last day {last}.</source>
        <translation>
            <numerusform>Вне срока {days} дн. с даты «{start}»: {return_kind} {day}, на %n день позже последнего дня {last}.</numerusform>
            <numerusform>Вне срока {days} дн. с даты «{start}»: {return_kind} {day}, на %n дня позже последнего дня {last}.</numerusform>
            <numerusform>Вне срока {days} дн. с даты «{start}»: {return_kind} {day}, на %n дней позже последнего дня {last}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{rma}: %n item(s) to inspect.</source>
        <translation>
            <numerusform>{rma}: %n товар к проверке.</numerusform>
            <numerusform>{rma}: %n товара к проверке.</numerusform>
            <numerusform>{rma}: %n товаров к проверке.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{code} closed with %n item(s): print its label and manifest.</source>
        <translation>
            <numerusform>{code} закрыт: %n товар. Напечатайте этикетку и опись.</numerusform>
            <numerusform>{code} закрыт: %n товара. Напечатайте этикетку и опись.</numerusform>
            <numerusform>{code} закрыт: %n товаров. Напечатайте этикетку и опись.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n фото</numerusform>
            <numerusform>%n фото</numerusform>
            <numerusform>%n фото</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) · closed {time} by {station}</source>
        <translation>
            <numerusform>%n товар · закрыт {time}, пост {station}</numerusform>
            <numerusform>%n товара · закрыт {time}, пост {station}</numerusform>
            <numerusform>%n товаров · закрыт {time}, пост {station}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) · open</source>
        <translation>
            <numerusform>%n товар · открыт</numerusform>
            <numerusform>%n товара · открыт</numerusform>
            <numerusform>%n товаров · открыт</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n товар</numerusform>
            <numerusform>%n товара</numerusform>
            <numerusform>%n товаров</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Manifest {kind} {code} · {zone} · %n item(s)</source>
        <translation>
            <numerusform>Опись {kind} {code} · {zone} · %n товар</numerusform>
            <numerusform>Опись {kind} {code} · {zone} · %n товара</numerusform>
            <numerusform>Опись {kind} {code} · {zone} · %n товаров</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The central database refused %n record(s); they wait in quarantine. Call a lead or IT (`station sync status` lists them; `station sync retry` sends them again).</source>
        <translation>
            <numerusform>Центральная база отклонила %n запись; она ждёт в карантине. Позовите старшего смены или ИТ (`station sync status` покажет её; `station sync retry` отправит снова).</numerusform>
            <numerusform>Центральная база отклонила %n записи; они ждут в карантине. Позовите старшего смены или ИТ (`station sync status` покажет их; `station sync retry` отправит снова).</numerusform>
            <numerusform>Центральная база отклонила %n записей; они ждут в карантине. Позовите старшего смены или ИТ (`station sync status` покажет их; `station sync retry` отправит снова).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The central database refused %n record(s) because this station&apos;s audit chain was changed outside the station program (or does not go on from the central&apos;s). Sending them again cannot help: keep this computer as it is and call IT to run `station audit verify --central`.</source>
        <translation>
            <numerusform>Центральная база отклонила %n запись, потому что цепочку аудита этой станции изменили в обход программы станции (или она не продолжает цепочку центральной базы). Повторная отправка не поможет: ничего не меняйте на этом компьютере и позовите ИТ, чтобы выполнить `station audit verify --central`.</numerusform>
            <numerusform>Центральная база отклонила %n записи, потому что цепочку аудита этой станции изменили в обход программы станции (или она не продолжает цепочку центральной базы). Повторная отправка не поможет: ничего не меняйте на этом компьютере и позовите ИТ, чтобы выполнить `station audit verify --central`.</numerusform>
            <numerusform>Центральная база отклонила %n записей, потому что цепочку аудита этой станции изменили в обход программы станции (или она не продолжает цепочку центральной базы). Повторная отправка не поможет: ничего не меняйте на этом компьютере и позовите ИТ, чтобы выполнить `station audit verify --central`.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Damaged on this station&apos;s disk and not sent: %n photo file(s). Retake them if the items are still here, and tell a lead.</source>
        <translation>
            <numerusform>Повреждён на диске этой станции и не отправлен: %n файл фото. Переснимите его, если товар ещё здесь, и сообщите старшему смены.</numerusform>
            <numerusform>Повреждены на диске этой станции и не отправлены: %n файла фото. Переснимите их, если товары ещё здесь, и сообщите старшему смены.</numerusform>
            <numerusform>Повреждены на диске этой станции и не отправлены: %n файлов фото. Переснимите их, если товары ещё здесь, и сообщите старшему смены.</numerusform>
        </translation>
    </message>
    <message>
        <source>Kept by the inspector although a check failed: {reason}</source>
        <translation>Оставлено проверяющим, хотя проверка не пройдена: {reason}</translation>
    </message>
    <message>
        <source>A photo is the same picture as a photo of inspection {other} at station {station} (found when it arrived by sync): a recycled photo proves nothing.</source>
        <translation>Фото — тот же снимок, что в проверке {other} на станции {station} (найдено, когда он пришёл при синхронизации): повторно использованное фото ничего не доказывает.</translation>
    </message>
    <message>
        <source>Only an admin may change a camera&apos;s photo limits. Ask an admin.</source>
        <translation>Менять пороги снимков камеры может только администратор. Обратитесь к администратору.</translation>
    </message>
    <message>
        <source>Same or nearly the same picture as in inspection {id} of station {station}, found when that photo arrived by sync (distance {distance})</source>
        <translation>Та же или почти та же фотография, что в проверке {id} станции {station}, найдено, когда то фото пришло при синхронизации (расстояние {distance})</translation>
    </message>
    <message>
        <source>Say why you keep this photo (a few words), or take it again.</source>
        <translation>Напишите, почему оставляете это фото (пара слов), или переснимите.</translation>
    </message>
    <message>
        <source>That photo is no longer part of this inspection.</source>
        <translation>Этого фото больше нет в этой проверке.</translation>
    </message>
    <message>
        <source>Photo {n} is the same picture as a photo of inspection {other}: a recycled photo proves nothing.</source>
        <translation>Фото {n} — тот же снимок, что в проверке {other}: повторно использованное фото ничего не доказывает.</translation>
    </message>
    <message>
        <source>The item photo matches the catalog picture only {score} %: this may not be the product on the RMA.</source>
        <translation>Фото товара совпадает с фото из каталога только на {score} %: возможно, это не товар из RMA.</translation>
    </message>
    <message>
        <source>Photo {n} was kept although: {problem} Reason: {reason}</source>
        <translation>Фото {n} оставлено, хотя: {problem} Причина: {reason}</translation>
    </message>
    <message>
        <source>Photo {n} failed the quality check and was not taken again: {problem}</source>
        <translation>Фото {n} не прошло проверку качества и не было переснято: {problem}</translation>
    </message>
    <message>
        <source>The station does not speak &quot;{language}&quot;. Pick English, Hebrew or Russian.</source>
        <translation>Станция не поддерживает язык «{language}». Выберите английский, иврит или русский.</translation>
    </message>
    <message>
        <source>Inspection {id} is not at this station.</source>
        <translation>Проверки {id} нет на этой станции.</translation>
    </message>
    <message>
        <source>RESTOCK</source>
        <translation>НА СКЛАД</translation>
    </message>
    <message>
        <source>REFURBISH</source>
        <translation>НА ВОССТАНОВЛЕНИЕ</translation>
    </message>
    <message>
        <source>DISPOSE</source>
        <translation>НА УТИЛИЗАЦИЮ</translation>
    </message>
    <message>
        <source>Re-graded after refurbishment by {name}</source>
        <translation>Переоценено после восстановления: {name}</translation>
    </message>
    <message>
        <source>No inspection {text} at this station. Scan the slip&apos;s QR code, or give the full inspection id.</source>
        <translation>На этой станции нет проверки {text}. Отсканируйте QR-код ярлыка или укажите полный идентификатор проверки.</translation>
    </message>
    <message>
        <source>Outcome changed by {source} ({name})</source>
        <translation>Итог изменён: {source} ({name})</translation>
    </message>
    <message>
        <source>Inspection {id} is not at this station. Check the number on the slip, or sync and try again.</source>
        <translation>Проверки {id} нет на этой станции. Проверьте номер на ярлыке или выполните синхронизацию и попробуйте снова.</translation>
    </message>
    <message>
        <source>Inspector: {name} · Station: {station} · Photos: {photos}</source>
        <translation>Контролёр: {name} · Станция: {station} · Фото: {photos}</translation>
    </message>
    <message>
        <source>GRADING SLIP</source>
        <translation>ЯРЛЫК ОЦЕНКИ</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Артикул</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Серийный номер</translation>
    </message>
    <message>
        <source>RMA</source>
        <translation>RMA</translation>
    </message>
    <message>
        <source>GRADE</source>
        <translation>ОЦЕНКА</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Почему</translation>
    </message>
    <message>
        <source>none (unexpected return)</source>
        <translation>нет (неожиданный возврат)</translation>
    </message>
    <message>
        <source>Inspection {id} is not at this station; nothing was recorded.</source>
        <translation>Проверки {id} нет на этой станции; ничего не записано.</translation>
    </message>
    <message>
        <source>{count} of these slips were printed before. Say why you print them again (a few words), then print.</source>
        <translation>{count} из этих ярлыков уже печатались. Напишите, почему печатаете снова (пара слов), затем печатайте.</translation>
    </message>
    <message>
        <source>The setting could not be saved ({problem}). It holds until the station restarts.</source>
        <translation>Не удалось сохранить настройку ({problem}). Она действует до перезапуска станции.</translation>
    </message>
    <message>
        <source>This slip was printed before. Say why you print it again (a few words), then print.</source>
        <translation>Этот ярлык уже печатали. Напишите, почему печатаете снова (пара слов), затем печатайте.</translation>
    </message>
    <message>
        <source>Station id {id} is too long for a database role name.</source>
        <translation>Идентификатор станции {id} слишком длинный для имени роли в базе.</translation>
    </message>
    <message>
        <source>The role prefix {prefix} must be lower-case letters, digits and _ (up to 30).</source>
        <translation>Префикс роли {prefix} должен состоять из строчных латинских букв, цифр и _ (до 30).</translation>
    </message>
    <message>
        <source>The central database has no schema to work in (check search_path).</source>
        <translation>В центральной базе нет схемы для работы (проверьте search_path).</translation>
    </message>
    <message>
        <source>Station id {id} clashes with a group role name; choose another id.</source>
        <translation>Идентификатор станции {id} совпадает с именем групповой роли; выберите другой.</translation>
    </message>
    <message>
        <source>Stations {a} and {b} would share the database role {role}; rename one.</source>
        <translation>Станции {a} и {b} получили бы одну роль базы {role}; переименуйте одну из них.</translation>
    </message>
    <message>
        <source>The central database must be PostgreSQL; {dialect} is only the station&apos;s store.</source>
        <translation>Центральная база должна быть PostgreSQL; {dialect} — только хранилище станции.</translation>
    </message>
    <message>
        <source>Sync failed ({detail}). The station keeps working; if this stays, call IT.</source>
        <translation>Синхронизация не удалась ({detail}). Станция продолжает работать; если это не проходит, позовите ИТ.</translation>
    </message>
    <message>
        <source>The central database must be PostgreSQL (a postgresql:// URL), not {driver}.</source>
        <translation>Центральная база должна быть PostgreSQL (адрес postgresql://), а не {driver}.</translation>
    </message>
    <message>
        <source>The central database refused this station&apos;s login ({detail}). Check the central URL and password in the settings, or ask IT.</source>
        <translation>Центральная база отклонила вход этой станции ({detail}). Проверьте адрес и пароль в настройках или обратитесь в ИТ.</translation>
    </message>
    <message>
        <source>The central database named in the URL does not exist ({detail}). Check the central URL, or ask IT to run `station central init`.</source>
        <translation>Центральной базы, указанной в адресе, не существует ({detail}). Проверьте адрес или попросите ИТ выполнить `station central init`.</translation>
    </message>
    <message>
        <source>The central database is not set up for this station version ({detail}). Ask IT to run `station central init` with this version.</source>
        <translation>Центральная база не подготовлена для этой версии станции ({detail}). Попросите ИТ выполнить `station central init` этой версией.</translation>
    </message>
    <message>
        <source>The central database cannot be reached ({detail}). The station keeps working and tries again by itself.</source>
        <translation>Центральная база недоступна ({detail}). Станция продолжает работать и сама повторит попытку.</translation>
    </message>
    <message>
        <source>The central database URL is not valid ({problem}). Fix it in the settings (central_url) or with --central.</source>
        <translation>Адрес центральной базы некорректен ({problem}). Исправьте его в настройках (central_url) или через --central.</translation>
    </message>
    <message>
        <source>Photo {sha} came from the central database damaged. Try again later; tell IT if it stays.</source>
        <translation>Фото {sha} пришло из центральной базы повреждённым. Попробуйте позже; если не пройдёт, сообщите в ИТ.</translation>
    </message>
    <message>
        <source>The central database has data this station does not know ({table}). Update the station; until then it does not receive newer changes.</source>
        <translation>В центральной базе есть данные, которых эта станция не знает ({table}). Обновите станцию; до тех пор она не получает новые изменения.</translation>
    </message>
    <message>
        <source>The central database has fields this station does not know ({table}: {fields}). Update the station; until then it does not receive newer changes.</source>
        <translation>В центральной базе есть поля, которых эта станция не знает ({table}: {fields}). Обновите станцию; до тех пор она не получает новые изменения.</translation>
    </message>
    <message>
        <source>The central database does not accept {table} from this station yet. Ask IT to run `station central init` again with this station version.</source>
        <translation>Центральная база пока не принимает {table} от этой станции. Попросите ИТ снова выполнить `station central init` этой версией станции.</translation>
    </message>
    <message>
        <source>The central database is not set up for stations yet. Ask IT to run `station central init` on it.</source>
        <translation>Центральная база ещё не подготовлена для станций. Попросите ИТ выполнить на ней `station central init`.</translation>
    </message>
    <message>
        <source>Unknown language &apos;{language}&apos;: use one of {choices}.</source>
        <translation>Неизвестный язык &apos;{language}&apos;: используйте один из {choices}.</translation>
    </message>
    <message>
        <source>The {language} translation file {path} cannot be read ({problem}). Reinstall the station.</source>
        <translation>Файл перевода {language} {path} не читается ({problem}). Переустановите станцию.</translation>
    </message>
    <message>
        <source>Apparel</source>
        <translation>Одежда</translation>
    </message>
    <message>
        <source>What is in the parcel?</source>
        <translation>Что в посылке?</translation>
    </message>
    <message>
        <source>A different item (other product or style)</source>
        <translation>Другой товар (другая модель или фасон)</translation>
    </message>
    <message>
        <source>Empty bag or packaging only</source>
        <translation>Пустой пакет или только упаковка</translation>
    </message>
    <message>
        <source>Photograph the open parcel and everything in it, with the return label in view.</source>
        <translation>Сфотографируйте открытую посылку и всё её содержимое так, чтобы была видна этикетка возврата.</translation>
    </message>
    <message>
        <source>Do the size and colour on the label match the RMA?</source>
        <translation>Совпадают ли размер и цвет на этикетке с RMA?</translation>
    </message>
    <message>
        <source>Photograph the size and colour label.</source>
        <translation>Сфотографируйте этикетку с размером и цветом.</translation>
    </message>
    <message>
        <source>Packaging</source>
        <translation>Упаковка</translation>
    </message>
    <message>
        <source>Still sealed in the original bag</source>
        <translation>Всё ещё запечатано в оригинальном пакете</translation>
    </message>
    <message>
        <source>Opened, original bag or box present</source>
        <translation>Вскрыто, оригинальный пакет или коробка на месте</translation>
    </message>
    <message>
        <source>No original bag or box</source>
        <translation>Нет оригинального пакета или коробки</translation>
    </message>
    <message>
        <source>Are the original price tags attached?</source>
        <translation>Прикреплены ли оригинальные ценники?</translation>
    </message>
    <message>
        <source>Attached</source>
        <translation>Прикреплены</translation>
    </message>
    <message>
        <source>Removed, but in the parcel</source>
        <translation>Сняты, но лежат в посылке</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Отсутствуют</translation>
    </message>
    <message>
        <source>Signs of wear?</source>
        <translation>Следы носки?</translation>
    </message>
    <message>
        <source>Check armpits, collar, cuffs and the inner seams.</source>
        <translation>Проверьте подмышки, воротник, манжеты и внутренние швы.</translation>
    </message>
    <message>
        <source>None - unworn</source>
        <translation>Нет — не ношено</translation>
    </message>
    <message>
        <source>Tried on only: light creases</source>
        <translation>Только примеряли: лёгкие складки</translation>
    </message>
    <message>
        <source>Worn: pilling, stretched, faded, deodorant marks</source>
        <translation>Ношено: катышки, растянуто, выцвело, следы дезодоранта</translation>
    </message>
    <message>
        <source>Washed, shrunk or altered (hemmed, cut)</source>
        <translation>Стирано, село или переделано (подшито, обрезано)</translation>
    </message>
    <message>
        <source>Any stains, make-up, odour (smoke, perfume) or pet hair?</source>
        <translation>Есть пятна, косметика, запах (дым, духи) или шерсть животных?</translation>
    </message>
    <message>
        <source>Photograph the stains or marks close up.</source>
        <translation>Сфотографируйте пятна или следы крупным планом.</translation>
    </message>
    <message>
        <source>Any damage (holes, tears, open seams, broken zip or buttons)?</source>
        <translation>Есть повреждения (дыры, разрывы, расошедшиеся швы, сломанная молния или пуговицы)?</translation>
    </message>
    <message>
        <source>Photograph each damaged area close up.</source>
        <translation>Сфотографируйте каждое повреждённое место крупным планом.</translation>
    </message>
    <message>
        <source>What damage do you see?</source>
        <translation>Какие повреждения вы видите?</translation>
    </message>
    <message>
        <source>Pulls or snags in the fabric</source>
        <translation>Затяжки на ткани</translation>
    </message>
    <message>
        <source>Broken zip, button or snap</source>
        <translation>Сломана молния, пуговица или кнопка</translation>
    </message>
    <message>
        <source>Open or loose seam</source>
        <translation>Шов разошёлся или ослаб</translation>
    </message>
    <message>
        <source>Hole or tear</source>
        <translation>Дыра или разрыв</translation>
    </message>
    <message>
        <source>Security tag still attached, or a hole from one</source>
        <translation>Защитная бирка на месте или дырка от неё</translation>
    </message>
    <message>
        <source>Anything else the lead or the refurb team should know?</source>
        <translation>Что-нибудь ещё, что должны знать старший смены или группа восстановления?</translation>
    </message>
    <message>
        <source>Electronics</source>
        <translation>Электроника</translation>
    </message>
    <message>
        <source>A different item (other model, brand or product)</source>
        <translation>Другой товар (другая модель, бренд или продукт)</translation>
    </message>
    <message>
        <source>Empty box or packaging only</source>
        <translation>Пустая коробка или только упаковка</translation>
    </message>
    <message>
        <source>Does the serial number or IMEI on the item match the RMA?</source>
        <translation>Совпадает ли серийный номер или IMEI на товаре с RMA?</translation>
    </message>
    <message>
        <source>Sealed box - read the label on the box. Phones - Settings &gt; About, or dial *#06#.</source>
        <translation>Запечатанная коробка — читайте этикетку на коробке. Телефоны — Настройки &gt; О телефоне или наберите *#06#.</translation>
    </message>
    <message>
        <source>Yes, it matches</source>
        <translation>Да, совпадает</translation>
    </message>
    <message>
        <source>No, it is different</source>
        <translation>Нет, отличается</translation>
    </message>
    <message>
        <source>Missing, scratched off or unreadable</source>
        <translation>Нет, стёрт или не читается</translation>
    </message>
    <message>
        <source>Photograph the serial number label or the About screen.</source>
        <translation>Сфотографируйте этикетку с серийным номером или экран «О телефоне».</translation>
    </message>
    <message>
        <source>What state is the retail box in?</source>
        <translation>В каком состоянии заводская коробка?</translation>
    </message>
    <message>
        <source>Factory sealed, unopened</source>
        <translation>Заводская плёнка, не вскрыта</translation>
    </message>
    <message>
        <source>Opened, box in good shape</source>
        <translation>Вскрыта, коробка в хорошем состоянии</translation>
    </message>
    <message>
        <source>Box damaged (crushed, torn, wet)</source>
        <translation>Коробка повреждена (смята, порвана, намокла)</translation>
    </message>
    <message>
        <source>No retail box</source>
        <translation>Нет заводской коробки</translation>
    </message>
    <message>
        <source>Photograph the damaged box.</source>
        <translation>Сфотографируйте повреждённую коробку.</translation>
    </message>
    <message>
        <source>Are all accessories in the box (charger, cable, earbuds, manual, SIM tool)?</source>
        <translation>Все ли аксессуары в коробке (зарядка, кабель, наушники, инструкция, скрепка для SIM)?</translation>
    </message>
    <message>
        <source>Compare with the &quot;In the box&quot; list on the box or the catalog page.</source>
        <translation>Сверьтесь со списком «Комплектация» на коробке или на странице каталога.</translation>
    </message>
    <message>
        <source>What is missing?</source>
        <translation>Чего не хватает?</translation>
    </message>
    <message>
        <source>Charger or power adapter</source>
        <translation>Зарядного устройства или блока питания</translation>
    </message>
    <message>
        <source>Cable</source>
        <translation>Кабеля</translation>
    </message>
    <message>
        <source>Earbuds, headset or remote</source>
        <translation>Наушников, гарнитуры или пульта</translation>
    </message>
    <message>
        <source>Manual or quick-start guide</source>
        <translation>Инструкции или краткого руководства</translation>
    </message>
    <message>
        <source>Other small part</source>
        <translation>Другой мелкой детали</translation>
    </message>
    <message>
        <source>Signs of use?</source>
        <translation>Следы использования?</translation>
    </message>
    <message>
        <source>None - looks new, protective films on</source>
        <translation>Нет — как новое, защитные плёнки на месте</translation>
    </message>
    <message>
        <source>Light: fingerprints, faint marks, films removed</source>
        <translation>Лёгкие: отпечатки, слабые следы, плёнки сняты</translation>
    </message>
    <message>
        <source>Clear: scuffs, worn buttons or corners, residue</source>
        <translation>Явные: потёртости, стёртые кнопки или углы, налёт</translation>
    </message>
    <message>
        <source>Any physical damage (scratches, cracks, dents, liquid, burn marks)?</source>
        <translation>Есть физические повреждения (царапины, трещины, вмятины, жидкость, следы горения)?</translation>
    </message>
    <message>
        <source>A swollen battery is a fire risk - do not power the device on; put it in the fire-safe bin and call a lead.</source>
        <translation>Вздутый аккумулятор опасен возгоранием — не включайте устройство; положите его в огнестойкий контейнер и позовите старшего смены.</translation>
    </message>
    <message>
        <source>Scratches on the screen</source>
        <translation>Царапины на экране</translation>
    </message>
    <message>
        <source>Cracked screen or glass</source>
        <translation>Трещина на экране или стекле</translation>
    </message>
    <message>
        <source>Dents or scratches on the body</source>
        <translation>Вмятины или царапины на корпусе</translation>
    </message>
    <message>
        <source>Broken or missing part (button, port, hinge)</source>
        <translation>Сломанная или отсутствующая деталь (кнопка, разъём, шарнир)</translation>
    </message>
    <message>
        <source>Liquid damage (stains, corrosion)</source>
        <translation>Следы жидкости (пятна, коррозия)</translation>
    </message>
    <message>
        <source>Swollen battery, burn marks or a smell of burning</source>
        <translation>Вздутый аккумулятор, следы горения или запах гари</translation>
    </message>
    <message>
        <source>Function test</source>
        <translation>Проверка работы</translation>
    </message>
    <message>
        <source>Charge for 10 minutes if flat. Test screen, touch, buttons, sound, camera, Wi-Fi and Bluetooth.</source>
        <translation>Если разряжено, зарядите 10 минут. Проверьте экран, сенсор, кнопки, звук, камеру, Wi-Fi и Bluetooth.</translation>
    </message>
    <message>
        <source>Powers on and everything works</source>
        <translation>Включается, всё работает</translation>
    </message>
    <message>
        <source>Powers on, but something fails (a button, speaker, camera, Wi-Fi ...)</source>
        <translation>Включается, но что-то не работает (кнопка, динамик, камера, Wi-Fi ...)</translation>
    </message>
    <message>
        <source>Does not power on or charge</source>
        <translation>Не включается и не заряжается</translation>
    </message>
    <message>
        <source>Is the device free of the customer&apos;s account (no Find My / Google lock, no passcode)?</source>
        <translation>Отвязано ли устройство от учётной записи клиента (нет блокировки Find My / Google, нет код-пароля)?</translation>
    </message>
    <message>
        <source>Devices without accounts (headphones, speakers) - answer yes.</source>
        <translation>Устройства без учётных записей (наушники, колонки) — ответьте «да».</translation>
    </message>
    <message>
        <source>Photograph the lock screen.</source>
        <translation>Сфотографируйте экран блокировки.</translation>
    </message>
    <message>
        <source>Battery health, if the device shows it</source>
        <translation>Состояние аккумулятора, если устройство его показывает</translation>
    </message>
    <message>
        <source>Phones and tablets - Settings &gt; Battery. Leave empty if the device does not show it.</source>
        <translation>Телефоны и планшеты — Настройки &gt; Аккумулятор. Оставьте пустым, если устройство этого не показывает.</translation>
    </message>
    <message>
        <source>Footwear</source>
        <translation>Обувь</translation>
    </message>
    <message>
        <source>A different item (other model or product)</source>
        <translation>Другой товар (другая модель или продукт)</translation>
    </message>
    <message>
        <source>Do size, model and colour on the label inside the shoe match the RMA?</source>
        <translation>Совпадают ли размер, модель и цвет на этикетке внутри обуви с RMA?</translation>
    </message>
    <message>
        <source>Photograph the size label inside the shoe.</source>
        <translation>Сфотографируйте этикетку с размером внутри обуви.</translation>
    </message>
    <message>
        <source>New in box = a matching pair of the right size, never worn, still wrapped with its stuffing and extras.</source>
        <translation>Новые в коробке = парная обувь нужного размера, не ношенная, ещё в упаковке, с набивкой и принадлежностями.</translation>
    </message>
    <message>
        <source>New in box: unworn pair, still wrapped as shipped</source>
        <translation>Новые в коробке: не ношены, в упаковке, как при отправке</translation>
    </message>
    <message>
        <source>Original box in good shape, opened</source>
        <translation>Оригинальная коробка в хорошем состоянии, вскрыта</translation>
    </message>
    <message>
        <source>Is it a complete, matching pair?</source>
        <translation>Это полная и одинаковая пара?</translation>
    </message>
    <message>
        <source>Yes, both shoes, same size and model</source>
        <translation>Да, обе, один размер и модель</translation>
    </message>
    <message>
        <source>One shoe only</source>
        <translation>Только одна</translation>
    </message>
    <message>
        <source>Two shoes that do not match (size, model or colour)</source>
        <translation>Две разные (размер, модель или цвет)</translation>
    </message>
    <message>
        <source>Photograph the shoes side by side with their size labels.</source>
        <translation>Сфотографируйте обувь рядом, с этикетками размера.</translation>
    </message>
    <message>
        <source>Shoe box</source>
        <translation>Обувная коробка</translation>
    </message>
    <message>
        <source>ok_answer only applies to yes_no questions; in a {kind} question, list the answer that means nothing is wrong first</source>
        <translation>ok_answer относится только к вопросам yes_no; в вопросе типа &apos;{kind}&apos; первым ставьте ответ, который значит «всё в порядке»</translation>
    </message>
    <message>
        <source>{prompt} — {choice}</source>
        <translation>{prompt} — {choice}</translation>
    </message>
    <message>
        <source>Question {number} needs an answer: choose or type one, then Enter.</source>
        <translation>На вопрос {number} нужен ответ: выберите или введите его, затем Enter.</translation>
    </message>
    <message>
        <source>Softness {value} (at most {limit}): {verdict}</source>
        <translation>Размытость {value} (не больше {limit}): {verdict}</translation>
    </message>
    <message>
        <source>tote</source>
        <translation>ящик</translation>
    </message>
    <message>
        <source>cart</source>
        <translation>тележка</translation>
    </message>
    <message>
        <source>pallet</source>
        <translation>паллета</translation>
    </message>
    <message>
        <source>gaylord</source>
        <translation>гейлорд</translation>
    </message>
    <message>
        <source>cage</source>
        <translation>клетка</translation>
    </message>
    <message>
        <source>Put in {zone} — {kind} {code}</source>
        <translation>Положите в {zone} — {kind} {code}</translation>
    </message>
    <message>
        <source>Put it in {kind} {code} ({zone}).</source>
        <translation>Положите его в {kind} {code} ({zone}).</translation>
    </message>
    <message>
        <source>Placed in {kind} {code}.</source>
        <translation>Размещено: {kind} {code}.</translation>
    </message>
    <message>
        <source>This station closed {code} at {mine}, but it was already closed by {station} at {time}: that close counts. Print the label and manifest again from here.</source>
        <translation>Этот пост закрыл {code} в {mine}, но его уже закрыл {station} в {time}: действует то закрытие. Напечатайте этикетку и опись заново отсюда.</translation>
    </message>
    <message>
        <source>Move from {old} to {zone} — {kind} {code}</source>
        <translation>Переложите из {old} в {zone} — {kind} {code}</translation>
    </message>
    <message>
        <source>Inspection {id} is not at this station. Complete the inspection first, or sync and try again.</source>
        <translation>Проверки {id} нет на этом посту. Сначала завершите проверку или синхронизируйте и попробуйте снова.</translation>
    </message>
    <message>
        <source>That is an item&apos;s own label ({reference}), not a container.</source>
        <translation>Это этикетка товара ({reference}), а не контейнер.</translation>
    </message>
    <message>
        <source>That is a location barcode ({code}), not a container.</source>
        <translation>Это штрихкод места ({code}), а не контейнера.</translation>
    </message>
    <message>
        <source>{code} is not a container this station knows, nor in any container series.</source>
        <translation>{code} — не известный этому посту контейнер и не из серии контейнеров.</translation>
    </message>
    <message>
        <source>Placed in {kind} {code}; it is now full and closed: print its label.</source>
        <translation>Размещено: {kind} {code}; он заполнен и закрыт: напечатайте его этикетку.</translation>
    </message>
    <message>
        <source>Container {code} is not known at this station. Check the barcode, or sync and try again.</source>
        <translation>Контейнер {code} неизвестен на этом посту. Проверьте штрихкод или синхронизируйте и попробуйте снова.</translation>
    </message>
    <message>
        <source>There is no container kind {kind} here; use one of {kinds}.</source>
        <translation>Здесь нет типа контейнера {kind}; используйте один из: {kinds}.</translation>
    </message>
    <message>
        <source>There is no zone {zone} in the put-away rules.</source>
        <translation>В правилах размещения нет зоны {zone}.</translation>
    </message>
    <message>
        <source>{text} is not a location barcode (they start with {prefix}). Scan the label on the shelf or the floor.</source>
        <translation>{text} — не штрихкод места (они начинаются с {prefix}). Отсканируйте этикетку на полке или на полу.</translation>
    </message>
    <message>
        <source>Already in {zone} — {kind} {code}</source>
        <translation>Уже в {zone} — {kind} {code}</translation>
    </message>
    <message>
        <source>Already in {kind} {code}: nothing to do.</source>
        <translation>Уже в {kind} {code}: ничего делать не нужно.</translation>
    </message>
    <message>
        <source>{problem} {tell}</source>
        <translation>{problem} {tell}</translation>
    </message>
    <message>
        <source>{code} is closed (by {station} at {time}). {tell}</source>
        <translation>{code} закрыт ({station}, {time}). {tell}</translation>
    </message>
    <message>
        <source>{code} is a {kind}; this item goes in a {wanted}. {tell}</source>
        <translation>{code} — это {kind}; этот товар кладут в {wanted}. {tell}</translation>
    </message>
    <message>
        <source>{code} is for {zone}; this item goes to {wanted}. {tell}</source>
        <translation>{code} — для зоны {zone}; этот товар идёт в {wanted}. {tell}</translation>
    </message>
    <message>
        <source>{code} is full ({n} of {capacity} items). Close it and start the next {kind}. {tell}</source>
        <translation>{code} заполнен ({n} из {capacity}). Закройте его и начните следующий {kind}. {tell}</translation>
    </message>
    <message>
        <source>{code} is not a {kind} barcode (they start with {series}). Scan a {kind}&apos;s barcode.</source>
        <translation>{code} — не штрихкод типа {kind} (они начинаются с {series}). Отсканируйте штрихкод: {kind}.</translation>
    </message>
    <message>
        <source>{code} is already open or was used before. Scan another {kind}.</source>
        <translation>{code} уже открыт или использовался раньше. Отсканируйте другой {kind}.</translation>
    </message>
    <message>
        <source>{code} was already closed by {station} at {time}. Its label and manifest can be printed again.</source>
        <translation>{code} уже закрыт постом {station} в {time}. Этикетку и опись можно напечатать заново.</translation>
    </message>
    <message>
        <source>A manifest is written as .pdf or .csv; {name} is neither.</source>
        <translation>Опись пишется в .pdf или .csv; {name} — ни то, ни другое.</translation>
    </message>
    <message>
        <source>An item label is &apos;zpl&apos; (2x1 in) or &apos;4x6&apos;; {size} is neither.</source>
        <translation>Этикетка товара — &apos;zpl&apos; (2x1 дюйма) или &apos;4x6&apos;; {size} — ни то, ни другое.</translation>
    </message>
    <message>
        <source>This warehouse confirms every placement: scan the container&apos;s barcode.</source>
        <translation>На этом складе каждое размещение подтверждается: отсканируйте штрихкод контейнера.</translation>
    </message>
    <message>
        <source>Unexpected return: no RMA.</source>
        <translation>Неожиданный возврат: нет RMA.</translation>
    </message>
    <message>
        <source>Wrong item: scanned GTIN {gtin}, but the RMA expects {name} ({expected}).</source>
        <translation>Не тот товар: отсканирован GTIN {gtin}, а по RMA ожидается {name} ({expected}).</translation>
    </message>
    <message>
        <source>TOTE</source>
        <translation>ЯЩИК</translation>
    </message>
    <message>
        <source>CART</source>
        <translation>ТЕЛЕЖКА</translation>
    </message>
    <message>
        <source>PALLET</source>
        <translation>ПАЛЛЕТА</translation>
    </message>
    <message>
        <source>GAYLORD</source>
        <translation>ГЕЙЛОРД</translation>
    </message>
    <message>
        <source>CAGE</source>
        <translation>КЛЕТКА</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Товар</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>пусто</translation>
    </message>
    <message>
        <source>… {n} more: see the manifest</source>
        <translation>… ещё {n}: см. опись</translation>
    </message>
    <message>
        <source>a lead&apos;s review</source>
        <translation>проверка старшего смены</translation>
    </message>
    <message>
        <source>Lead: {reason}</source>
        <translation>Старший смены: {reason}</translation>
    </message>
    <message>
        <source>This station has not synced with the central database yet, so it does not know the records it holds as {station}. Connect it to the network and wait until the header shows it synced, then inspect.</source>
        <translation>Станция ещё не синхронизировалась с центральной базой и не знает записей, которые хранятся там для неё как {station}. Подключите её к сети, дождитесь «Синхронизировано» в шапке окна, затем проверяйте.</translation>
    </message>
    <message>
        <source>This computer ({host}, install {mine}) no longer records as station {station}: install {other} on {other_host} took the id over (last sync {seen}). Nothing was sent; what this computer recorded since stays here. Stop inspecting at this computer and call IT.</source>
        <translation>Этот компьютер ({host}, установка {mine}) больше не записывает как станция {station}: идентификатор заняла установка {other} на {other_host} (последняя синхронизация {seen}). Ничего не отправлено; записанное этим компьютером с тех пор остаётся здесь. Прекратите проверки на этом компьютере и позовите ИТ.</translation>
    </message>
    <message>
        <source>This station is still fetching its earlier records as {station} from the central database; inspect once the header shows it synced.</source>
        <translation>Станция ещё загружает из центральной базы свои прежние записи как {station}; проверяйте, когда в шапке окна появится «Синхронизировано».</translation>
    </message>
    <message>
        <source>The central database holds events #{first}–#{last} of this station&apos;s audit chain that this station&apos;s store lacks: they were deleted here, or the data folder was restored from an old copy. Nothing was sent. Run `station audit verify --central` and call IT.</source>
        <translation>В центральной базе есть события №{first}–{last} цепочки аудита этой станции, которых нет в её хранилище: их удалили здесь, или папку данных восстановили из старой копии. Ничего не отправлено. Выполните `station audit verify --central` и позовите ИТ.</translation>
    </message>
    <message>
        <source>The pattern {pattern} in the setting {setting} is not valid ({problem}). Write it without backreferences (\1) or lookaround ((?=…), (?!…)), or ask a lead to fix it in Admin.</source>
        <translation>Шаблон {pattern} в настройке {setting} некорректен ({problem}). Запишите его без обратных ссылок (\1) и без просмотра вперёд или назад ((?=…), (?!…)) или попросите старшего смены исправить его в разделе «Администрирование».</translation>
    </message>
    <message>
        <source>Refurb re-graded it {grade}/{disposition} after the repair.</source>
        <translation>После ремонта переоценено: {grade}/{disposition}.</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Контролёр</translation>
    </message>
    <message>
        <source>Shift lead</source>
        <translation>Старший смены</translation>
    </message>
    <message>
        <source>Refurb</source>
        <translation>Восстановление</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Администратор</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Put in</source>
        <translation>Помещено</translation>
    </message>
    <message>
        <source>Taken out</source>
        <translation>Извлечено</translation>
    </message>
    <message>
        <source>Told</source>
        <translation>Сообщено</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Ждёт отправки</translation>
    </message>
    <message>
        <source>The shop refused it</source>
        <translation>Магазин отклонил</translation>
    </message>
    <message>
        <source>The expected item (on the RMA, or the one you chose)</source>
        <translation>Ожидаемый товар (из RMA или выбранный вами)</translation>
    </message>
    <message>
        <source>The expected shoes (on the RMA, or the ones you chose)</source>
        <translation>Ожидаемая обувь (из RMA или выбранная вами)</translation>
    </message>
    <message>
        <source>Original box, damaged</source>
        <translation>Оригинальная коробка, повреждена</translation>
    </message>
    <message>
        <source>No original box</source>
        <translation>Нет оригинальной коробки</translation>
    </message>
    <message>
        <source>None - clean soles, no creases</source>
        <translation>Нет — подошвы чистые, заломов нет</translation>
    </message>
    <message>
        <source>Tried on indoors: soles clean, faint marks</source>
        <translation>Примеряли дома: подошвы чистые, слабые следы</translation>
    </message>
    <message>
        <source>Worn outside: dirt or wear on the soles, creased uppers</source>
        <translation>Носили на улице: грязь или износ подошвы, заломы на верхе</translation>
    </message>
    <message>
        <source>Any damage (scuffs, stains, sole coming loose, torn stitching, broken laces or buckles)?</source>
        <translation>Есть повреждения (потёртости, пятна, отклеивается подошва, порваны швы, сломаны шнурки или пряжки)?</translation>
    </message>
    <message>
        <source>Scuffs or marks on the uppers</source>
        <translation>Потёртости или следы на верхе</translation>
    </message>
    <message>
        <source>Stains or odour</source>
        <translation>Пятна или запах</translation>
    </message>
    <message>
        <source>Broken lace, buckle, zip or strap</source>
        <translation>Сломан шнурок, пряжка, молния или ремешок</translation>
    </message>
    <message>
        <source>Torn stitching or upper</source>
        <translation>Порваны швы или верх</translation>
    </message>
    <message>
        <source>Sole coming loose or cracked</source>
        <translation>Подошва отклеивается или треснула</translation>
    </message>
    <message>
        <source>Are the extras in the box (spare laces, dust bag, paper stuffing)?</source>
        <translation>Есть ли в коробке дополнения (запасные шнурки, пыльник, бумажный наполнитель)?</translation>
    </message>
    <message>
        <source>Answer yes if these shoes never came with extras.</source>
        <translation>Ответьте «да», если к этой обуви дополнений не было.</translation>
    </message>
    <message>
        <source>Home &amp; kitchen</source>
        <translation>Дом и кухня</translation>
    </message>
    <message>
        <source>A different item (other model, colour or product)</source>
        <translation>Другой товар (другая модель, цвет или продукт)</translation>
    </message>
    <message>
        <source>Does the model or serial number on the item match the RMA?</source>
        <translation>Совпадает ли модель или серийный номер на товаре с RMA?</translation>
    </message>
    <message>
        <source>Appliances have a rating plate underneath or at the back.</source>
        <translation>У бытовой техники есть табличка с данными снизу или сзади.</translation>
    </message>
    <message>
        <source>This kind of item has no serial or model plate</source>
        <translation>У такого товара нет таблички с серийным номером или моделью</translation>
    </message>
    <message>
        <source>Photograph the rating plate or model label.</source>
        <translation>Сфотографируйте табличку с данными или этикетку модели.</translation>
    </message>
    <message>
        <source>Are all parts there (lids, blades, attachments, power cord, manual)?</source>
        <translation>Все ли детали на месте (крышки, ножи, насадки, шнур питания, инструкция)?</translation>
    </message>
    <message>
        <source>Compare with the parts list in the manual or on the catalog page.</source>
        <translation>Сверьтесь со списком деталей в инструкции или на странице каталога.</translation>
    </message>
    <message>
        <source>Lid</source>
        <translation>Крышки</translation>
    </message>
    <message>
        <source>Blade, whisk or other attachment</source>
        <translation>Ножа, венчика или другой насадки</translation>
    </message>
    <message>
        <source>Power cord or base</source>
        <translation>Шнура питания или подставки</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Инструкции</translation>
    </message>
    <message>
        <source>Other part</source>
        <translation>Другой детали</translation>
    </message>
    <message>
        <source>None - clean, never used</source>
        <translation>Нет — чистое, не использовалось</translation>
    </message>
    <message>
        <source>Used once or twice, clean</source>
        <translation>Использовали раз-два, чистое</translation>
    </message>
    <message>
        <source>Used: food residue, stains, limescale, soot</source>
        <translation>Б/у: остатки еды, пятна, накипь, копоть</translation>
    </message>
    <message>
        <source>Photograph the residue or stains.</source>
        <translation>Сфотографируйте остатки или пятна.</translation>
    </message>
    <message>
        <source>Any damage (scratches, dents, chips, cracks, broken glass, damaged cord)?</source>
        <translation>Есть повреждения (царапины, вмятины, сколы, трещины, разбитое стекло, повреждённый шнур)?</translation>
    </message>
    <message>
        <source>Do not plug in an appliance with a damaged cord or plug.</source>
        <translation>Не включайте в сеть прибор с повреждённым шнуром или вилкой.</translation>
    </message>
    <message>
        <source>Scratches or small dents</source>
        <translation>Царапины или небольшие вмятины</translation>
    </message>
    <message>
        <source>Chipped or cracked (ceramic, enamel, plastic)</source>
        <translation>Сколы или трещины (керамика, эмаль, пластик)</translation>
    </message>
    <message>
        <source>Scratched non-stick coating</source>
        <translation>Поцарапано антипригарное покрытие</translation>
    </message>
    <message>
        <source>Broken glass</source>
        <translation>Разбито стекло</translation>
    </message>
    <message>
        <source>Damaged power cord or plug</source>
        <translation>Повреждён шнур питания или вилка</translation>
    </message>
    <message>
        <source>Other broken part</source>
        <translation>Другая сломанная деталь</translation>
    </message>
    <message>
        <source>Plug in and run each setting briefly (heats, spins, lights up, timer).</source>
        <translation>Включите в сеть и коротко проверьте каждый режим (нагрев, вращение, подсветка, таймер).</translation>
    </message>
    <message>
        <source>Works as it should</source>
        <translation>Работает как надо</translation>
    </message>
    <message>
        <source>Not an electrical item - nothing to test</source>
        <translation>Не электроприбор — проверять нечего</translation>
    </message>
    <message>
        <source>Works, but with a fault (noise, a setting does not work)</source>
        <translation>Работает, но с неисправностью (шум, не работает один из режимов)</translation>
    </message>
    <message>
        <source>Does not work</source>
        <translation>Не работает</translation>
    </message>
    <message>
        <source>Toys &amp; games</source>
        <translation>Игрушки и игры</translation>
    </message>
    <message>
        <source>A different item (other set, model or product)</source>
        <translation>Другой товар (другой набор, модель или продукт)</translation>
    </message>
    <message>
        <source>Small pieces (bricks, cards, tokens)</source>
        <translation>Мелких деталей (кубики, карточки, фишки)</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Инструкции</translation>
    </message>
    <message>
        <source>Batteries, charger or remote</source>
        <translation>Батареек, зарядки или пульта</translation>
    </message>
    <message>
        <source>A main part (figure, vehicle, board, base)</source>
        <translation>Основной детали (фигурка, машинка, поле, основание)</translation>
    </message>
    <message>
        <source>Signs of play?</source>
        <translation>Следы игры?</translation>
    </message>
    <message>
        <source>None - pieces still in their bags</source>
        <translation>Нет — детали ещё в пакетах</translation>
    </message>
    <message>
        <source>Light: assembled or played with briefly</source>
        <translation>Лёгкие: собирали или недолго играли</translation>
    </message>
    <message>
        <source>Heavy: marks, stickers applied, dirt</source>
        <translation>Сильные: следы, наклеены наклейки, грязь</translation>
    </message>
    <message>
        <source>Any damage (broken parts, sharp edges, loose small parts, battery leak, stains)?</source>
        <translation>Есть повреждения (сломанные детали, острые края, болтающиеся мелкие детали, протёкшие батарейки, пятна)?</translation>
    </message>
    <message>
        <source>A sharp edge or a loose small part is a safety risk for children - never restock it.</source>
        <translation>Острый край или болтающаяся мелкая деталь опасны для детей — никогда не возвращайте такое на склад.</translation>
    </message>
    <message>
        <source>Scuffs or marks</source>
        <translation>Потёртости или следы</translation>
    </message>
    <message>
        <source>Stains, odour or pet hair</source>
        <translation>Пятна, запах или шерсть животных</translation>
    </message>
    <message>
        <source>Broken part</source>
        <translation>Сломанная деталь</translation>
    </message>
    <message>
        <source>Sharp edge, or a small part coming loose (choking hazard)</source>
        <translation>Острый край или отходящая мелкая деталь (риск удушья)</translation>
    </message>
    <message>
        <source>Battery leak or corrosion</source>
        <translation>Протёкшие батарейки или коррозия</translation>
    </message>
    <message>
        <source>Fit fresh test batteries. Check lights, sounds, motors and the remote or app.</source>
        <translation>Вставьте свежие тестовые батарейки. Проверьте огоньки, звуки, моторы и пульт или приложение.</translation>
    </message>
    <message>
        <source>No batteries or moving parts - nothing to test</source>
        <translation>Нет батареек и движущихся частей — проверять нечего</translation>
    </message>
    <message>
        <source>Works partly (a light, sound or motor fails)</source>
        <translation>Работает частично (не работает свет, звук или мотор)</translation>
    </message>
    <message>
        <source>like new, no issues found</source>
        <translation>как новое, замечаний нет</translation>
    </message>
    <message>
        <source>empty box or packaging only - nothing to restock</source>
        <translation>пустая коробка или только упаковка — на склад возвращать нечего</translation>
    </message>
    <message>
        <source>not the item on the RMA</source>
        <translation>не тот товар, что в RMA</translation>
    </message>
    <message>
        <source>not the item on the RMA - keep it on the hold shelf until a lead decides</source>
        <translation>не тот товар, что в RMA — держите на полке ожидания, пока старший смены не решит</translation>
    </message>
    <message>
        <source>serial number or IMEI differs from the RMA</source>
        <translation>серийный номер или IMEI отличается от RMA</translation>
    </message>
    <message>
        <source>serial number missing or unreadable</source>
        <translation>серийного номера нет или он не читается</translation>
    </message>
    <message>
        <source>retail box damaged</source>
        <translation>заводская коробка повреждена</translation>
    </message>
    <message>
        <source>no retail box</source>
        <translation>нет заводской коробки</translation>
    </message>
    <message>
        <source>manual missing</source>
        <translation>нет инструкции</translation>
    </message>
    <message>
        <source>accessories missing - needs re-kitting</source>
        <translation>не хватает аксессуаров — нужна доукомплектация</translation>
    </message>
    <message>
        <source>light signs of use</source>
        <translation>лёгкие следы использования</translation>
    </message>
    <message>
        <source>clear signs of use - needs cleaning and cosmetic work</source>
        <translation>явные следы использования — нужны чистка и косметический ремонт</translation>
    </message>
    <message>
        <source>works, but scratches on the screen</source>
        <translation>работает, но есть царапины на экране</translation>
    </message>
    <message>
        <source>works, but dents or scratches on the body</source>
        <translation>работает, но есть вмятины или царапины на корпусе</translation>
    </message>
    <message>
        <source>battery health below 80 % - battery to replace</source>
        <translation>состояние аккумулятора ниже 80 % — заменить аккумулятор</translation>
    </message>
    <message>
        <source>powers on, but a function fails</source>
        <translation>включается, но что-то не работает</translation>
    </message>
    <message>
        <source>does not power on or charge</source>
        <translation>не включается и не заряжается</translation>
    </message>
    <message>
        <source>cracked screen or glass</source>
        <translation>трещина на экране или стекле</translation>
    </message>
    <message>
        <source>broken or missing part</source>
        <translation>сломана или отсутствует деталь</translation>
    </message>
    <message>
        <source>still locked to the customer&apos;s account - cannot be sold until unlocked</source>
        <translation>всё ещё привязано к учётной записи клиента — продавать нельзя, пока не отвяжут</translation>
    </message>
    <message>
        <source>broken and does not power on - not worth repairing</source>
        <translation>сломано и не включается — ремонт не окупится</translation>
    </message>
    <message>
        <source>liquid damage</source>
        <translation>повреждение жидкостью</translation>
    </message>
    <message>
        <source>swollen battery or burn marks - fire risk, to the battery bin</source>
        <translation>вздутый аккумулятор или следы горения — опасно, в контейнер для аккумуляторов</translation>
    </message>
    <message>
        <source>size or colour differs from the RMA</source>
        <translation>размер или цвет отличается от RMA</translation>
    </message>
    <message>
        <source>no original bag or box</source>
        <translation>нет оригинального пакета или коробки</translation>
    </message>
    <message>
        <source>tags removed, but in the parcel - re-attach</source>
        <translation>бирки сняты, но лежат в посылке — прикрепить обратно</translation>
    </message>
    <message>
        <source>price tags missing - needs re-tagging</source>
        <translation>нет ценников — нужна новая маркировка</translation>
    </message>
    <message>
        <source>tried on only - press and re-fold</source>
        <translation>только примеряли — отпарить и сложить заново</translation>
    </message>
    <message>
        <source>worn - needs cleaning, sell as second quality</source>
        <translation>ношено — нужна чистка, продавать как второй сорт</translation>
    </message>
    <message>
        <source>washed or altered - cannot be sold as new</source>
        <translation>стирано или переделано — нельзя продавать как новое</translation>
    </message>
    <message>
        <source>stains, make-up, odour or pet hair - needs cleaning</source>
        <translation>пятна, косметика, запах или шерсть животных — нужна чистка</translation>
    </message>
    <message>
        <source>pulls or snags in the fabric</source>
        <translation>затяжки на ткани</translation>
    </message>
    <message>
        <source>security tag attached or its hole visible</source>
        <translation>защитная бирка на месте или видна дырка от неё</translation>
    </message>
    <message>
        <source>broken fastener or open seam - repair first</source>
        <translation>сломана застёжка или разошёлся шов — сначала починить</translation>
    </message>
    <message>
        <source>hole or tear in the fabric</source>
        <translation>дыра или разрыв ткани</translation>
    </message>
    <message>
        <source>size, model or colour differs from the RMA</source>
        <translation>размер, модель или цвет отличается от RMA</translation>
    </message>
    <message>
        <source>only one shoe returned</source>
        <translation>вернули только одну</translation>
    </message>
    <message>
        <source>the two shoes do not match</source>
        <translation>обувь в паре разная</translation>
    </message>
    <message>
        <source>the two shoes do not match - keep them on the hold shelf until a lead decides</source>
        <translation>обувь в паре разная — держите на полке ожидания, пока старший смены не решит</translation>
    </message>
    <message>
        <source>shoe box damaged</source>
        <translation>обувная коробка повреждена</translation>
    </message>
    <message>
        <source>no original shoe box</source>
        <translation>нет оригинальной обувной коробки</translation>
    </message>
    <message>
        <source>extras missing (spare laces, dust bag)</source>
        <translation>нет дополнений (запасные шнурки, пыльник)</translation>
    </message>
    <message>
        <source>tried on indoors</source>
        <translation>примеряли дома</translation>
    </message>
    <message>
        <source>worn outside - needs cleaning</source>
        <translation>носили на улице — нужна чистка</translation>
    </message>
    <message>
        <source>scuffs, stains or odour - needs cleaning</source>
        <translation>потёртости, пятна или запах — нужна чистка</translation>
    </message>
    <message>
        <source>broken fastener or torn stitching - repair first</source>
        <translation>сломана застёжка или порваны швы — сначала починить</translation>
    </message>
    <message>
        <source>sole coming loose or cracked</source>
        <translation>подошва отклеивается или треснула</translation>
    </message>
    <message>
        <source>model or serial number differs from the RMA</source>
        <translation>модель или серийный номер отличается от RMA</translation>
    </message>
    <message>
        <source>parts missing - needs re-kitting</source>
        <translation>не хватает деталей — нужна доукомплектация</translation>
    </message>
    <message>
        <source>used once or twice</source>
        <translation>использовали раз-два</translation>
    </message>
    <message>
        <source>used - needs cleaning before resale</source>
        <translation>б/у — перед перепродажей нужна чистка</translation>
    </message>
    <message>
        <source>works, but scratches or small dents</source>
        <translation>работает, но есть царапины или небольшие вмятины</translation>
    </message>
    <message>
        <source>works, but with a fault</source>
        <translation>работает, но с неисправностью</translation>
    </message>
    <message>
        <source>does not work</source>
        <translation>не работает</translation>
    </message>
    <message>
        <source>broken part</source>
        <translation>сломана деталь</translation>
    </message>
    <message>
        <source>chipped, cracked or coating damaged - not food-safe</source>
        <translation>сколы, трещины или повреждено покрытие — небезопасно для пищи</translation>
    </message>
    <message>
        <source>broken glass</source>
        <translation>разбито стекло</translation>
    </message>
    <message>
        <source>damaged power cord or plug - electrical hazard</source>
        <translation>повреждён шнур или вилка — опасность поражения током</translation>
    </message>
    <message>
        <source>instructions missing</source>
        <translation>нет инструкции</translation>
    </message>
    <message>
        <source>pieces missing - needs re-kitting</source>
        <translation>не хватает деталей — нужна доукомплектация</translation>
    </message>
    <message>
        <source>a main part is missing</source>
        <translation>нет основной детали</translation>
    </message>
    <message>
        <source>light signs of play</source>
        <translation>лёгкие следы игры</translation>
    </message>
    <message>
        <source>heavy signs of play - needs cleaning</source>
        <translation>сильные следы игры — нужна чистка</translation>
    </message>
    <message>
        <source>works, but scuffs or marks</source>
        <translation>работает, но есть потёртости или следы</translation>
    </message>
    <message>
        <source>stains, odour or pet hair - needs cleaning</source>
        <translation>пятна, запах или шерсть животных — нужна чистка</translation>
    </message>
    <message>
        <source>works only partly</source>
        <translation>работает только частично</translation>
    </message>
    <message>
        <source>sharp edge or loose small part - choking hazard</source>
        <translation>острый край или болтающаяся мелкая деталь — риск удушья</translation>
    </message>
    <message>
        <source>battery leak or corrosion</source>
        <translation>протёкшие батарейки или коррозия</translation>
    </message>
</context>
</TS>
