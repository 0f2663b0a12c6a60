<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>JobRunner</name>
    <message>
        <location filename="../ui/jobs/job_runner.cpp" line="+94"/>
        <source>an unexpected error stopped the job</source>
        <translation>ein unerwarteter Fehler hat den Vorgang abgebrochen</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../ui/studio_window.cpp" line="+59"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, 1 thread</source>
        <translation>%1, 1 Thread</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1, %2 threads</source>
        <translation>%1, %2 Threads</translation>
    </message>
</context>
<context>
    <name>clipft::ui::DataPage</name>
    <message>
        <location filename="../ui/pages/data/data_page.cpp" line="+77"/>
        <source>Import folder…</source>
        <translation>Ordner importieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A folder of images with caption files (photo.jpg + photo.txt, or captions.txt / captions.csv)</source>
        <translation>Ein Ordner mit Bildern und Beschreibungsdateien (photo.jpg + photo.txt oder captions.txt / captions.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import annotation file…</source>
        <translation>Annotationsdatei importieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV/TSV, JSONL, Flickr8k/30k, MS-COCO captions_*.json, Karpathy dataset_*.json</source>
        <translation>CSV/TSV, JSONL, Flickr8k/30k, MS-COCO captions_*.json, Karpathy dataset_*.json</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Drop a folder of images with captions here, or choose Import folder…</source>
        <translation>Ziehen Sie einen Ordner mit Bildern und Beschreibungen hierher oder wählen Sie „Ordner importieren…“</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+21"/>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Captions</source>
        <translation>Beschreibungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Right-click a dataset to rename or delete it</source>
        <translation>Klicken Sie mit der rechten Maustaste auf einen Datensatz, um ihn umzubenennen oder zu löschen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Import report</source>
        <translation>Importbericht</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Filter the report…</source>
        <translation>Bericht filtern…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report:</source>
        <translation>Bericht:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export CSV…</source>
        <translation>Als CSV exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the report&apos;s rows, as filtered and sorted, as a CSV file</source>
        <translation>Die Zeilen des Berichts, so wie gefiltert und sortiert, als CSV-Datei speichern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export the import report</source>
        <translation>Den Importbericht exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved the report to %1</source>
        <translation>Bericht gespeichert unter %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Import a folder of captioned images</source>
        <translation>Ordner mit Bildern und Beschreibungen importieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import an annotation file</source>
        <translation>Annotationsdatei importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annotations (*.csv *.tsv *.jsonl *.json *.txt *.token);;All files (*)</source>
        <translation>Annotationen (*.csv *.tsv *.jsonl *.json *.txt *.token);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>All splits</source>
        <translation>Alle Aufteilungen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In no split</source>
        <translation>In keiner Aufteilung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter by caption…</source>
        <translation>Nach Beschreibung filtern…</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Remove the image</source>
        <translation>Bild entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove %1 and its captions from the dataset %2? The file stays on disk.</source>
        <translation>%1 und seine Beschreibungen aus dem Datensatz %2 entfernen? Die Datei bleibt auf der Festplatte.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Caption saved.</source>
        <translation>Beschreibung gespeichert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The caption was not changed: %1</source>
        <translation>Die Beschreibung wurde nicht geändert: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The caption was not removed: %1</source>
        <translation>Die Beschreibung wurde nicht entfernt: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The image was not removed: %1</source>
        <translation>Das Bild wurde nicht entfernt: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Removed %1 from the dataset.</source>
        <translation>%1 wurde aus dem Datensatz entfernt.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The dataset was not renamed: %1</source>
        <translation>Der Datensatz wurde nicht umbenannt: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The dataset was not deleted: %1</source>
        <translation>Der Datensatz wurde nicht gelöscht: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deleted the dataset %1.</source>
        <translation>Der Datensatz %1 wurde gelöscht.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rename the dataset</source>
        <translation>Datensatz umbenennen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Delete the dataset %1 from the project? The image files stay on disk.</source>
        <translation>Den Datensatz %1 aus dem Projekt löschen? Die Bilddateien bleiben auf der Festplatte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the dataset %1 from the project, with the runs trained on it: %2? The image files and the runs&apos; model folders stay on disk.</source>
        <translation>Den Datensatz %1 mit den darauf trainierten Trainingsläufen aus dem Projekt löschen: %2? Die Bilddateien und die Modellordner der Trainingsläufe bleiben auf der Festplatte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete the dataset</source>
        <translation>Datensatz löschen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 of %2 images</source>
        <translation>%1 von %2 Bildern</translation>
    </message>
    <message>
        <location line="+75"/>
        <location line="+12"/>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>&lt;tr&gt;&lt;td&gt;%1&lt;/td&gt;&lt;td align=right&gt;%2&lt;/td&gt;&lt;td align=right&gt;%3&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;%1&lt;/td&gt;&lt;td align=right&gt;%2&lt;/td&gt;&lt;td align=right&gt;%3&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · %3 · %4&lt;br&gt;&lt;table cellspacing=6&gt;&lt;tr&gt;&lt;td&gt;&lt;/td&gt;&lt;td&gt;images&lt;/td&gt;&lt;td&gt;captions&lt;/td&gt;&lt;/tr&gt;%5%6%7%8&lt;/table&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · %3 · %4&lt;br&gt;&lt;table cellspacing=6&gt;&lt;tr&gt;&lt;td&gt;&lt;/td&gt;&lt;td&gt;Bilder&lt;/td&gt;&lt;td&gt;Beschreibungen&lt;/td&gt;&lt;/tr&gt;%5%6%7%8&lt;/table&gt;</translation>
    </message>
    <message numerus="yes">
        <location line="-186"/>
        <location line="+189"/>
        <source>%Ln image(s)</source>
        <translation>
            <numerusform>%Ln Bild</numerusform>
            <numerusform>%Ln Bilder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln caption(s)</source>
        <translation>
            <numerusform>%Ln Beschreibung</numerusform>
            <numerusform>%Ln Beschreibungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="-381"/>
        <location line="+382"/>
        <source>train</source>
        <translation>Training</translation>
    </message>
    <message>
        <location line="-381"/>
        <location line="+381"/>
        <source>val</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <location line="-380"/>
        <location line="+380"/>
        <source>test</source>
        <translation>Test</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in no split</source>
        <translation>ohne Aufteilung</translation>
    </message>
    <message numerus="yes">
        <location line="+40"/>
        <source>every kind (%n)</source>
        <translation>
            <numerusform>alle Arten (%n)</numerusform>
            <numerusform>alle Arten (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+15"/>
        <source>Open or create a project first, then import into it.</source>
        <translation>Öffnen oder erstellen Sie zuerst ein Projekt, um darin zu importieren.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Importing %1</source>
        <translation>%1 wird importiert</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Imported %1 (%2): %3 images, %4 captions, %5 items in the report</source>
        <translation>%1 importiert (%2): %3 Bilder, %4 Beschreibungen, %5 Einträge im Bericht</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The import stopped: %1</source>
        <translation>Der Import ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The import was cancelled; the project is as it was.</source>
        <translation>Der Import wurde abgebrochen; das Projekt ist unverändert.</translation>
    </message>
</context>
<context>
    <name>clipft::ui::ImageDetailPane</name>
    <message>
        <location filename="../ui/pages/data/image_detail_pane.cpp" line="+35"/>
        <source>Captions</source>
        <translation>Beschreibungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Double-click a caption (or press F2) to edit it</source>
        <translation>Doppelklicken Sie auf eine Beschreibung (oder drücken Sie F2), um sie zu bearbeiten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove caption</source>
        <translation>Beschreibung entfernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove image…</source>
        <translation>Bild entfernen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take the image and its captions out of the dataset (the file stays on disk)</source>
        <translation>Das Bild und seine Beschreibungen aus dem Datensatz nehmen (die Datei bleibt auf der Festplatte)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Choose an image in the grid</source>
        <translation>Wählen Sie ein Bild im Raster aus</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 × %2 pixels · %3 · %4</source>
        <translation>%1 × %2 Pixel · %3 · %4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in no split</source>
        <translation>in keiner Aufteilung</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>This image cannot be read.</source>
        <translation>Dieses Bild kann nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>clipft::ui::ImportDialog</name>
    <message>
        <location filename="../ui/pages/data/import_dialog.cpp" line="+42"/>
        <source>Folder with caption files</source>
        <translation>Ordner mit Beschreibungsdateien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV / TSV table</source>
        <translation>CSV-/TSV-Tabelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON Lines</source>
        <translation>JSON Lines</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flickr8k</source>
        <translation>Flickr8k</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flickr30k</source>
        <translation>Flickr30k</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MS-COCO captions</source>
        <translation>MS-COCO-Beschreibungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Karpathy splits (JSON)</source>
        <translation>Karpathy-Aufteilungen (JSON)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CLIP_benchmark retrieval file</source>
        <translation>CLIP_benchmark-Retrieval-Datei</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Import captioned images</source>
        <translation>Bilder mit Beschreibungen importieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A folder, or an annotation file (CSV, JSONL, Flickr, COCO, Karpathy)</source>
        <translation>Ein Ordner oder eine Annotationsdatei (CSV, JSONL, Flickr, COCO, Karpathy)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folder…</source>
        <translation>Ordner…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File…</source>
        <translation>Datei…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Path:</source>
        <translation>Pfad:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Detect automatically</source>
        <translation>Automatisch erkennen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Detected:</source>
        <translation>Erkannt:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Found:</source>
        <translation>Gefunden:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name in the project:</source>
        <translation>Name im Projekt:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Where the format keeps them, beside the annotations</source>
        <translation>Wo das Format sie ablegt, neben den Annotationen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The folder the annotations&apos; image names start from (clipft import --images)</source>
        <translation>Der Ordner, auf den sich die Bildnamen der Annotationen beziehen (clipft import --images)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Images folder:</source>
        <translation>Bildordner:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Splits</source>
        <translation>Aufteilung</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The same seed gives every image the same split on every import</source>
        <translation>Derselbe Seed ordnet jedes Bild bei jedem Import derselben Aufteilung zu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training:</source>
        <translation>Training:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Validation:</source>
        <translation>Validierung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test:</source>
        <translation>Test:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed:</source>
        <translation>Seed:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From the header line</source>
        <translation>Aus der Kopfzeile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comma</source>
        <translation>Komma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Semicolon</source>
        <translation>Semikolon</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>filepath (CSV), image (JSONL)</source>
        <translation>filepath (CSV), image (JSONL)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>title (CSV), caption (JSONL)</source>
        <translation>title (CSV), caption (JSONL)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Separator:</source>
        <translation>Trennzeichen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image column:</source>
        <translation>Bildspalte:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caption column:</source>
        <translation>Beschreibungsspalte:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images with a shorter side are left out and reported as too small</source>
        <translation>Bilder mit einer kürzeren Seite werden ausgelassen und als zu klein gemeldet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As the format does</source>
        <translation>Wie im Format vorgesehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep byte-identical images</source>
        <translation>Byte-identische Bilder behalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop byte-identical images</source>
        <translation>Byte-identische Bilder verwerfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By default published benchmarks keep theirs, so that their counts and recall are the published ones; other sources drop them</source>
        <translation>Standardmäßig behalten veröffentlichte Benchmarks ihre Duplikate, damit Anzahlen und Recall den veröffentlichten Werten entsprechen; andere Quellen verwerfen sie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minimum side:</source>
        <translation>Mindestseitenlänge:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicates:</source>
        <translation>Duplikate:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Import a folder of captioned images</source>
        <translation>Ordner mit Bildern und Beschreibungen importieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import an annotation file</source>
        <translation>Annotationsdatei importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annotations (*.csv *.tsv *.jsonl *.json *.txt *.token);;All files (*)</source>
        <translation>Annotationen (*.csv *.tsv *.jsonl *.json *.txt *.token);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The folder of the images</source>
        <translation>Der Ordner mit den Bildern</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Choose a folder or an annotation file.</source>
        <translation>Wählen Sie einen Ordner oder eine Annotationsdatei.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Looking at %1…</source>
        <translation>%1 wird untersucht…</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Nothing to import here.</source>
        <translation>Hier gibt es nichts zu importieren.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 image names, %2 captions</source>
        <translation>%1 Bildnamen, %2 Beschreibungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, its own splits (%1 training, %2 validation, %3 test)</source>
        <translation>, mit eigener Aufteilung (%1 Training, %2 Validierung, %3 Test)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, no splits of its own</source>
        <translation>, ohne eigene Aufteilung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No problem in the annotations.</source>
        <translation>Keine Probleme in den Annotationen.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n problem(s) in the annotations, listed in the report after the import.</source>
        <translation>
            <numerusform>%n Problem in den Annotationen; es wird nach dem Import im Bericht aufgeführt.</numerusform>
            <numerusform>%n Probleme in den Annotationen; sie werden nach dem Import im Bericht aufgeführt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The images are opened and checked during the import.</source>
        <translation>Die Bilder werden beim Import geöffnet und geprüft.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Only CSV and JSON Lines sources have columns to choose</source>
        <translation>Nur bei CSV- und JSON-Lines-Quellen lassen sich Spalten wählen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The source has its own splits; they are kept.</source>
        <translation>Die Quelle hat eine eigene Aufteilung; sie wird beibehalten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images are assigned to splits by these shares; the same seed always gives the same assignment.</source>
        <translation>Die Bilder werden nach diesen Anteilen aufgeteilt; derselbe Seed ergibt immer dieselbe Zuordnung.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose a folder or an annotation file to import.</source>
        <translation>Wählen Sie einen Ordner oder eine Annotationsdatei zum Importieren.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading the annotations…</source>
        <translation>Annotationen werden gelesen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This source cannot be imported as it is: see above.</source>
        <translation>Diese Quelle kann so nicht importiert werden: siehe oben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the dataset a name.</source>
        <translation>Geben Sie dem Datensatz einen Namen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The project already has a dataset named %1; choose another name.</source>
        <translation>Das Projekt hat bereits einen Datensatz namens %1; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The splits add up to %1 %; they must add up to 100 %.</source>
        <translation>Die Anteile der Aufteilung ergeben zusammen %1 %; sie müssen 100 % ergeben.</translation>
    </message>
</context>
<context>
    <name>clipft::ui::JobStatusWidget</name>
    <message>
        <location filename="../ui/widgets/job_status_widget.cpp" line="+28"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the background job; what was stored before it stays as it was</source>
        <translation>Den Hintergrundvorgang anhalten; bereits Gespeichertes bleibt unverändert</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1: %2 %3/%4</source>
        <translation>%1: %2 %3/%4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 left</source>
        <translation>noch %1</translation>
    </message>
</context>
<context>
    <name>clipft::ui::ModelPage</name>
    <message>
        <location filename="../ui/pages/model/model_page.cpp" line="+51"/>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Layout</source>
        <translation>Layout</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image tower</source>
        <translation>Bild-Encoder</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ViT: %1 layers, width %2, %3 heads, patch %4, %5×%5 images</source>
        <translation>ViT: %1 Schichten, Breite %2, %3 Attention-Heads, Patch %4, Bilder %5×%5</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Text tower</source>
        <translation>Text-Encoder</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 layers, width %2, %3 heads, context %4, vocabulary %5</source>
        <translation>%1 Schichten, Breite %2, %3 Attention-Heads, Kontext %4, Vokabular %5</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Embedding</source>
        <translation>Embedding</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 dimensions</source>
        <translation>%1 Dimensionen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activation</source>
        <translation>Aktivierungsfunktion</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>QuickGELU (OpenAI, laion400m)</source>
        <translation>QuickGELU (OpenAI, laion400m)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>GELU</source>
        <translation>GELU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tokenizer</source>
        <translation>Tokenizer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>sentencepiece</source>
        <translation>sentencepiece</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CLIP byte-level BPE</source>
        <translation>CLIP-BPE auf Byte-Ebene</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preprocessing</source>
        <translation>Vorverarbeitung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>resize the shortest side to %1 (bicubic, antialiased), centre crop, mean (%2, %3, %4), std (%5, %6, %7)</source>
        <translation>kürzere Seite auf %1 skalieren (bikubisch, mit Antialiasing), mittig zuschneiden, Mittelwert (%2, %3, %4), Standardabweichung (%5, %6, %7)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fingerprint</source>
        <translation>Fingerabdruck</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size on disk</source>
        <translation>Größe auf dem Datenträger</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Open model folder…</source>
        <translation>Modellordner öffnen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An open_clip folder (open_clip_config.json + open_clip_model.safetensors) or a transformers folder (config.json + model.safetensors), with its tokenizer files</source>
        <translation>Ein open_clip-Ordner (open_clip_config.json + open_clip_model.safetensors) oder ein transformers-Ordner (config.json + model.safetensors) mit den zugehörigen Tokenizer-Dateien</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Model:</source>
        <translation>Modell:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Known architectures, and where to get real weights</source>
        <translation>Bekannte Architekturen und Bezugsquellen für echte Gewichte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Architecture</source>
        <translation>Architektur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>open_clip layout</source>
        <translation>open_clip-Layout</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>transformers layout</source>
        <translation>transformers-Layout</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Download the files of a Hugging Face repository above (&quot;Files and versions&quot;) into a folder, then open it here.</source>
        <translation>Laden Sie die Dateien eines der oben genannten Repositorys auf Hugging Face („Files and versions“) in einen Ordner herunter und öffnen Sie ihn dann hier.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Compute for this project&apos;s jobs</source>
        <translation>Rechenressourcen für die Vorgänge dieses Projekts</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Automatic (%1)</source>
        <translation>Automatisch (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU (%1)</source>
        <translation>CPU (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CUDA device %1</source>
        <translation>CUDA-Gerät %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No CUDA device is visible to this build (see Help &gt; About)</source>
        <translation>Für diesen Build ist kein CUDA-Gerät sichtbar (siehe Hilfe &gt; Über)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>fp16 (amp, with loss scaling) and bf16 autocast need a CUDA device; on the CPU training runs in fp32</source>
        <translation>fp16 (amp, mit Loss-Skalierung) und bf16-Autocast brauchen ein CUDA-Gerät; auf der CPU wird in fp32 trainiert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>all cores</source>
        <translation>alle Kerne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Threads for work on the CPU (clipft&apos;s --threads)</source>
        <translation>Threads für die Arbeit auf der CPU (--threads von clipft)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device:</source>
        <translation>Gerät:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Precision:</source>
        <translation>Genauigkeit:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU threads:</source>
        <translation>CPU-Threads:</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>fp32</source>
        <translation>fp32</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>amp (fp16 with loss scaling)</source>
        <translation>amp (fp16 mit Loss-Skalierung)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bf16</source>
        <translation>bf16</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Open a model folder</source>
        <translation>Modellordner öffnen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Built-in demo model</source>
        <translation>Integriertes Demomodell</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading model %1</source>
        <translation>Modell %1 wird gelesen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;This folder cannot be used:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Dieser Ordner kann nicht verwendet werden:&lt;/b&gt; %1</translation>
    </message>
</context>
<context>
    <name>clipft::ui::ResultGridModel</name>
    <message>
        <location filename="../ui/pages/search/result_grid_model.cpp" line="+50"/>
        <source>#%1 · %2</source>
        <translation>#%1 · %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The query&apos;s own image</source>
        <translation>Das Bild, zu dem die Suchanfrage gehört</translation>
    </message>
</context>
<context>
    <name>clipft::ui::SearchPage</name>
    <message>
        <location filename="../ui/pages/search/search_page.cpp" line="+128"/>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Validation</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All images</source>
        <translation>Alle Bilder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search in:</source>
        <translation>Suchen in:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The pre-trained model, a model folder, or a training run&apos;s best or final model</source>
        <translation>Das vortrainierte Modell, ein Modellordner oder das beste bzw. finale Modell eines Trainingslaufs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model A:</source>
        <translation>Modell A:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Model B:</source>
        <translation>Modell B:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Describe an image, or type a caption of the split to see where its image ranks</source>
        <translation>Beschreiben Sie ein Bild oder geben Sie eine Beschreibung der Aufteilung ein, um zu sehen, auf welchem Rang das zugehörige Bild landet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>top </source>
        <translation>Top </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many images each model returns</source>
        <translation>Wie viele Bilder jedes Modell liefert</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare on split</source>
        <translation>Vergleich auf der Aufteilung</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Open a model folder</source>
        <translation>Modellordner öffnen</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Compare A and B on the split</source>
        <translation>A und B auf der Aufteilung vergleichen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every caption of the split as a query: where its image ranks under A and under B</source>
        <translation>Jede Beschreibung der Aufteilung als Suchanfrage: auf welchem Rang das zugehörige Bild bei A und bei B landet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter captions</source>
        <translation>Beschreibungen filtern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export CSV…</source>
        <translation>Als CSV exportieren…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Press Compare to rank every caption&apos;s image under both models.</source>
        <translation>Klicken Sie auf „Vergleichen“, um für jede Beschreibung den Rang des zugehörigen Bildes bei beiden Modellen zu ermitteln.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Caption</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rank under A</source>
        <translation>Rang bei A</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rank under B</source>
        <translation>Rang bei B</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Export the comparison</source>
        <translation>Den Vergleich exportieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Open a project to search its images.</source>
        <translation>Öffnen Sie ein Projekt, um in seinen Bildern zu suchen.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Run %1 “%2”, best model</source>
        <translation>Trainingslauf %1 “%2”, bestes Modell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run %1 “%2”, final model</source>
        <translation>Trainingslauf %1 “%2”, finales Modell</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>None (A alone)</source>
        <translation>Keines (nur A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Built-in demo model (pre-trained)</source>
        <translation>Integriertes Demomodell (vortrainiert)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Other model folder…</source>
        <translation>Anderer Modellordner…</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>The project has no dataset yet: import one on the Data page.</source>
        <translation>Das Projekt hat noch keinen Datensatz: Importieren Sie einen auf der Seite „Daten“.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose model A.</source>
        <translation>Wählen Sie Modell A.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A: %1</source>
        <translation>A: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>B: %1</source>
        <translation>B: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>B: none</source>
        <translation>B: keines</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln image(s) of %1, split %2.</source>
        <translation>
            <numerusform>%Ln Bild aus %1, Aufteilung %2.</numerusform>
            <numerusform>%Ln Bilder aus %1, Aufteilung %2.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The search is prepared when “%1” has finished.</source>
        <translation>Die Suche wird vorbereitet, sobald “%1” abgeschlossen ist.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Preparing the search: embedding the images not in the project&apos;s cache yet…</source>
        <translation>Die Suche wird vorbereitet: Bilder, die noch nicht im Cache des Projekts sind, werden eingebettet…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Preparing the search of %1</source>
        <translation>Suche in %1 wird vorbereitet</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The search cannot be prepared: %1</source>
        <translation>Die Suche kann nicht vorbereitet werden: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preparing the search was cancelled.</source>
        <translation>Die Vorbereitung der Suche wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>More like %1</source>
        <translation>Ähnliche Bilder wie %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Images like %1</source>
        <translation>Bilder wie %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the comparison on the split is using the models; search again when it ends</source>
        <translation>der Vergleich auf der Aufteilung verwendet gerade die Modelle; suchen Sie erneut, wenn er beendet ist</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This search failed: %1</source>
        <translation>Diese Suche ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Its image &lt;b&gt;%1&lt;/b&gt; ranks &lt;b&gt;%2&lt;/b&gt; under A</source>
        <translation>Das zugehörige Bild &lt;b&gt;%1&lt;/b&gt; steht bei A auf Rang &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;span style=&apos;color:#2e8b57&apos;&gt;↑ %1&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#2e8b57&apos;&gt;↑ %1&lt;/span&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;span style=&apos;color:#c0392b&apos;&gt;↓ %1&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#c0392b&apos;&gt;↓ %1&lt;/span&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its image &lt;b&gt;%1&lt;/b&gt;: rank %2 under A → &lt;b&gt;%3&lt;/b&gt; under B (%4)</source>
        <translation>Das zugehörige Bild &lt;b&gt;%1&lt;/b&gt;: Rang %2 bei A → &lt;b&gt;%3&lt;/b&gt; bei B (%4)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>This is a match</source>
        <translation>Das passt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the query as a caption of this image; runs that include search feedback train on it</source>
        <translation>Die Suchanfrage als Beschreibung dieses Bildes behalten; Trainingsläufe mit Suchrückmeldungen trainieren darauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a match</source>
        <translation>Passt nicht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>More like this</source>
        <translation>Ähnliche Bilder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the image&apos;s path</source>
        <translation>Pfad des Bildes kopieren</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The mark was not stored: %1</source>
        <translation>Die Markierung wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Noted: “%1” is not a match for %2.</source>
        <translation>Vermerkt: „%1“ passt nicht zu %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is now a caption of %2; runs that include search feedback train on it.</source>
        <translation>„%1“ ist jetzt eine Beschreibung von %2; Trainingsläufe mit Suchrückmeldungen trainieren darauf.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is now a caption of %2, kept with the image (split: %3); training uses the captions of training images only.</source>
        <translation>„%1“ ist jetzt eine Beschreibung von %2 und bleibt beim Bild (Aufteilung: %3); das Training verwendet nur die Beschreibungen von Trainingsbildern.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose a model B to compare with A.</source>
        <translation>Wählen Sie ein Modell B, um es mit A zu vergleichen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Compare when “%1” has finished.</source>
        <translation>Vergleichen Sie, wenn „%1“ beendet ist.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ranking every caption&apos;s image under A and B…</source>
        <translation>Rang des Bildes jeder Beschreibung bei A und B wird ermittelt…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comparing A and B on %1</source>
        <translation>A und B werden auf %1 verglichen</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;%1&lt;/b&gt; captions&apos; images rank higher under B, &lt;b&gt;%2&lt;/b&gt; lower, %3 the same. Image recall@1 %4, @5 %5, @10 %6; text recall@5 %7.</source>
        <translation>Bei &lt;b&gt;%1&lt;/b&gt; Beschreibungen steht das Bild bei B höher, bei &lt;b&gt;%2&lt;/b&gt; niedriger, bei %3 gleich. Bildsuche recall@1 %4, @5 %5, @10 %6; Textsuche recall@5 %7.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The comparison failed: %1</source>
        <translation>Der Vergleich ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The comparison was cancelled.</source>
        <translation>Der Vergleich wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>clipft::ui::StudioWindow</name>
    <message>
        <location filename="../ui/studio_window.cpp" line="+43"/>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Main</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;New Project…</source>
        <translation>&amp;Neues Projekt…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open Project…</source>
        <translation>Projekt ö&amp;ffnen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Close Project</source>
        <translation>Projekt &amp;schließen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+14"/>
        <source>Follow the system</source>
        <translation>Systemeinstellung verwenden</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The language changes when clipft Studio starts again.</source>
        <translation>Die Sprache wird beim nächsten Start von clipft Studio geändert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;table cellspacing=6&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+N&lt;/b&gt;&lt;/td&gt;&lt;td&gt;New project&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+O&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Open project&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+I&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Import a folder&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Q&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Quit&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;This list&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table cellspacing=6&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Strg+N&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Neues Projekt&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Strg+O&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Projekt öffnen&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Strg+I&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Ordner importieren&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Strg+Q&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Beenden&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Diese Liste&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;About clipft Studio</source>
        <translation>Ü&amp;ber clipft Studio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About clipft Studio</source>
        <translation>Über clipft Studio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;clipft Studio %1&lt;/h3&gt;&lt;p&gt;Fine-tune CLIP on your own captioned images.&lt;/p&gt;&lt;p&gt;Qt %2 · LibTorch %3 · OpenCV %4&lt;/p&gt;&lt;p&gt;Compute device: %5&lt;/p&gt;</source>
        <translation>&lt;h3&gt;clipft Studio %1&lt;/h3&gt;&lt;p&gt;Stimmen Sie CLIP mit Ihren eigenen Bildern und Beschreibungen fein ab.&lt;/p&gt;&lt;p&gt;Qt %2 · LibTorch %3 · OpenCV %4&lt;/p&gt;&lt;p&gt;Rechengerät: %5&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot open the project</source>
        <translation>Das Projekt kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>New project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>clipft projects (*.clipft)</source>
        <translation>clipft-Projekte (*.clipft)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>clipft projects (*.clipft);;All files (*)</source>
        <translation>clipft-Projekte (*.clipft);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Preparing the demo</source>
        <translation>Demo wird vorbereitet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The demo project is ready: a synthetic data set the demo model never saw, and one it knows.</source>
        <translation>Das Demoprojekt ist bereit: ein synthetischer Datensatz, den das Demomodell nie gesehen hat, und einer, den es kennt.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>clipft Studio</source>
        <translation>clipft Studio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 — clipft Studio</source>
        <translation>%1 — clipft Studio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No project</source>
        <translation>Kein Projekt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A job is running</source>
        <translation>Ein Vorgang läuft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is still running. Stop it and quit? What it has not finished is not stored.</source>
        <translation>„%1“ läuft noch. Abbrechen und beenden? Was noch nicht abgeschlossen ist, wird nicht gespeichert.</translation>
    </message>
</context>
<context>
    <name>clipft::ui::WelcomePage</name>
    <message numerus="yes">
        <location filename="../ui/pages/welcome/welcome_page.cpp" line="+33"/>
        <source>%n dataset(s)</source>
        <translation>
            <numerusform>%n Datensatz</numerusform>
            <numerusform>%n Datensätze</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n Trainingslauf</numerusform>
            <numerusform>%n Trainingsläufe</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>clipft Studio</source>
        <translation>clipft Studio</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fine-tune CLIP on your own captioned images and see how much search improves.</source>
        <translation>Stimmen Sie CLIP mit Ihren eigenen Bildern und Beschreibungen fein ab und sehen Sie, wie sehr sich die Suche verbessert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Try the demo</source>
        <translation>Demo ausprobieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A project with a synthetic captioned data set and the built-in demo model, ready to train</source>
        <translation>Ein Projekt mit einem synthetischen Datensatz samt Beschreibungen und dem integrierten Demomodell, bereit zum Training</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New project…</source>
        <translation>Neues Projekt…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start an empty project file (.clipft)</source>
        <translation>Eine leere Projektdatei (.clipft) anlegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open project…</source>
        <translation>Projekt öffnen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open a project file (.clipft)</source>
        <translation>Eine Projektdatei (.clipft) öffnen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recent projects</source>
        <translation>Zuletzt verwendete Projekte</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 — %2
%3</source>
        <translation>%1 — %2
%3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No recent projects yet: try the demo, or start a new project.</source>
        <translation>Noch keine zuletzt verwendeten Projekte: Probieren Sie die Demo aus oder legen Sie ein neues Projekt an.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/studio/main.cpp" line="+75"/>
        <source>Fine-tune CLIP on your own captioned images.</source>
        <translation>Stimmen Sie CLIP mit Ihren eigenen Bildern und Beschreibungen fein ab.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A project file (.clipft) to open</source>
        <translation>Zu öffnende Projektdatei (.clipft)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the window to FILE.png and quit</source>
        <translation>Fenster als FILE.png speichern und beenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The page to show: welcome, data, report, model, search or compare</source>
        <translation>Anzuzeigende Seite: welcome, data, report, model, search oder compare</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The dataset the Data and Search pages show</source>
        <translation>Auf den Seiten „Daten“ und „Suche“ angezeigter Datensatz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A query for the Search page</source>
        <translation>Suchanfrage für die Seite „Suche“</translation>
    </message>
    <message>
        <source>The page to show: welcome, data, report or model</source>
        <translation type="vanished">Anzuzeigende Seite: welcome, data, report oder model</translation>
    </message>
    <message>
        <source>The dataset the Data page shows</source>
        <translation type="vanished">Auf der Seite „Daten“ angezeigter Datensatz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the import dialog on a folder or annotation file</source>
        <translation>Den Importdialog für einen Ordner oder eine Annotationsdatei öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print how long the window took to show, and quit</source>
        <translation>Ausgeben, wie lange das Fenster bis zur Anzeige gebraucht hat, und beenden</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>The window size, WIDTHxHEIGHT</source>
        <translation>Fenstergröße, BREITExHÖHE</translation>
    </message>
    <message>
        <source>The page to show: welcome, data, report, model or search</source>
        <translation type="vanished">Anzuzeigende Seite: welcome, data, report, model oder search</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start with a new demo project (Try the demo)</source>
        <translation>Mit einem neuen Demo-Projekt starten (Demo ausprobieren)</translation>
    </message>
</context>
</TS>
