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
        <location filename="../ui/studio_window.cpp" line="+62"/>
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
    <name>ReportHtml</name>
    <message>
        <location filename="../ui/pages/runs/report_html.cpp" line="+52"/>
        <source>train</source>
        <comment>the dataset&apos;s training split</comment>
        <translation>Training</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>val</source>
        <comment>the dataset&apos;s validation split</comment>
        <translation>Validierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>test</source>
        <comment>the dataset&apos;s test split</comment>
        <translation>Test</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 (stopped early)</source>
        <comment>a completed run&apos;s status</comment>
        <translation>%1 (vorzeitig beendet)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2)</source>
        <comment>a failed run&apos;s status (the reason)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Before and after fine-tuning</source>
        <translation>Vor und nach der Feinabstimmung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This run has no evaluation before training and after it to compare (it evaluates on the dataset&apos;s val split; a run without one, or stopped before its first evaluation, has none).</source>
        <translation>Dieser Trainingslauf hat keine Auswertung vor und nach dem Training, die sich vergleichen ließe (er wertet auf der Validierungsaufteilung des Datensatzes aus; ein Trainingslauf ohne eine solche oder einer, der vor seiner ersten Auswertung angehalten wurde, hat keine).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 before</source>
        <comment>the column of the metric before training</comment>
        <translation>%1 vorher</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>after</source>
        <translation>nachher</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>relative</source>
        <comment>the relative change</comment>
        <translation>relativ</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1 (%2 split, %Ln image(s))</source>
        <comment>dataset name, split name, the split&apos;s images</comment>
        <translation>
            <numerusform>%1 (Aufteilung %2, %Ln Bild)</numerusform>
            <numerusform>%1 (Aufteilung %2, %Ln Bilder)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>before</source>
        <translation>vorher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>before: the model at step %1 (the pre-trained one); after: the run&apos;s best model (step %2). image = text-to-image recall (a caption finds its image), text = image-to-text recall; relative = the change of %3 over its value before.</source>
        <translation>vorher: das Modell bei Schritt %1 (das vortrainierte); nachher: das beste Modell des Trainingslaufs (Schritt %2). Bild = Text-zu-Bild-Recall (eine Beschreibung findet ihr Bild), Text = Bild-zu-Text-Recall; relativ = die Änderung von %3 gegenüber seinem Wert vorher.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>setting</source>
        <translation>Einstellung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>base model</source>
        <translation>Basismodell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>output folder</source>
        <translation>Ausgabeordner</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The run&apos;s dataset is no longer in the project.</source>
        <translation>Der Datensatz des Trainingslaufs ist nicht mehr im Projekt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>name</source>
        <comment>the dataset&apos;s</comment>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>format</source>
        <comment>the dataset&apos;s</comment>
        <translation>Format</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>source</source>
        <comment>the folder or file the dataset was imported from</comment>
        <translation>Quelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>imported</source>
        <comment>when the dataset was imported</comment>
        <translation>importiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+34"/>
        <source>split</source>
        <translation>Aufteilung</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>captions</source>
        <translation>Beschreibungen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no split</source>
        <comment>images in no split</comment>
        <translation>ohne Aufteilung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>all</source>
        <comment>every split</comment>
        <translation>alle</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln image(s) were not usable at import (see the import report).</source>
        <translation>
            <numerusform>%Ln Bild war beim Import nicht verwendbar (siehe Importbericht).</numerusform>
            <numerusform>%Ln Bilder waren beim Import nicht verwendbar (siehe Importbericht).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Evaluations</source>
        <translation>Auswertungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None yet.</source>
        <comment>no evaluations</comment>
        <translation>Noch keine.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Every number below, with the ranks and the validation loss: %1 (CSV).</source>
        <translation>Alle Zahlen unten, mit den Rängen und dem Validierungs-Loss: %1 (CSV).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>WiSE-FT α</source>
        <translation>WiSE-FT α</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>clipft run %1: %2</source>
        <comment>the document&apos;s title: run id, run name</comment>
        <translation>clipft-Trainingslauf %1: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Run %1: %2</source>
        <comment>the heading: run id, run name</comment>
        <translation>Trainingslauf %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>dataset %1</source>
        <translation>Datensatz %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(deleted)</source>
        <comment>the run&apos;s dataset</comment>
        <translation>(gelöscht)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>base model %1</source>
        <translation>Basismodell %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln step(s)</source>
        <translation>
            <numerusform>%Ln Schritt</numerusform>
            <numerusform>%Ln Schritte</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>started %1</source>
        <translation>gestartet %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Training curves</source>
        <translation>Trainingskurven</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Made by clipft %1 on %2 from the project&apos;s records.</source>
        <translation>Erstellt von clipft %1 am %2 aus den Aufzeichnungen des Projekts.</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <location filename="../ui/pages/runs/report_writer.cpp" line="+71"/>
        <location line="+12"/>
        <source>step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>loss</source>
        <translation>Loss</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>training loss</source>
        <translation>Trainings-Loss</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>training loss (smoothed)</source>
        <translation>Trainings-Loss (geglättet)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>validation loss</source>
        <translation>Validierungs-Loss</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>recall@5 (val split)</source>
        <translation>recall@5 (Validierungsaufteilung)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The folder %1 cannot be created.</source>
        <translation>Der Ordner %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 cannot be written: check that the folder is writable and the disk has room.</source>
        <translation>%1 kann nicht geschrieben werden: Prüfen Sie, ob der Ordner beschreibbar ist und die Festplatte genügend Platz hat.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Loss</source>
        <translation>Loss</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Recall</source>
        <translation>Recall</translation>
    </message>
</context>
<context>
    <name>RunText</name>
    <message>
        <location filename="../ui/pages/runs/run_details.cpp" line="+16"/>
        <source>created</source>
        <translation>erstellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>completed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stopped</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>interrupted</source>
        <translation>unterbrochen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Interrupted: the process training it ended without stopping it (closed, killed or crashed). Continue it from its last checkpoint.</source>
        <translation>Unterbrochen: Der Prozess, der ihn trainierte, endete, ohne ihn anzuhalten (geschlossen, beendet oder abgestürzt). Setzen Sie ihn ab seinem letzten Checkpoint fort.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no reason was recorded</source>
        <translation>es wurde kein Grund aufgezeichnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopped: %1. Continue it from its last checkpoint.</source>
        <translation>Angehalten: %1. Setzen Sie ihn ab seinem letzten Checkpoint fort.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training now</source>
        <translation>Trainiert gerade</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>image R@1</source>
        <translation>Bild R@1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>image R@5</source>
        <translation>Bild R@5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>image R@10</source>
        <translation>Bild R@10</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text R@1</source>
        <translation>Text R@1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text R@5</source>
        <translation>Text R@5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text R@10</source>
        <translation>Text R@10</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>image mean rank</source>
        <translation>Bild mittlerer Rang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>image median rank</source>
        <translation>Bild Median-Rang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text mean rank</source>
        <translation>Text mittlerer Rang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text median rank</source>
        <translation>Text Median-Rang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>val loss</source>
        <translation>Validierungs-Loss</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Epochs</source>
        <translation>Epochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps (at most)</source>
        <translation>Schritte (höchstens)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batch size</source>
        <translation>Batchgröße</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gradient accumulation (micro-batches)</source>
        <translation>Gradientenakkumulation (Mikro-Batches)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight decay</source>
        <translation>Weight Decay</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AdamW β1</source>
        <translation>AdamW β1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AdamW β2</source>
        <translation>AdamW β2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AdamW ε</source>
        <translation>AdamW ε</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warmup steps</source>
        <translation>Warmup-Schritte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gradient clipping (norm)</source>
        <translation>Gradient Clipping (Norm)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image tower: trainable groups</source>
        <translation>Bild-Encoder: trainierbare Gruppen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text tower: trainable groups</source>
        <translation>Text-Encoder: trainierbare Gruppen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Augmentation</source>
        <translation>Augmentierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Train on search feedback</source>
        <translation>Mit Suchrückmeldungen trainieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Train the logit scale</source>
        <translation>Logit scale trainieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Precision</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluate every (steps)</source>
        <translation>Auswertungsintervall (Schritte)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluate before training</source>
        <translation>Vor dem Training auswerten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checkpoint every (steps)</source>
        <translation>Checkpoint-Intervall (Schritte)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log every (steps)</source>
        <translation>Protokollintervall (Schritte)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Best model by</source>
        <translation>Bestes Modell nach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Early stopping patience</source>
        <translation>Vorzeitiges Beenden: Geduld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Early stopping minimum change</source>
        <translation>Vorzeitiges Beenden: minimale Änderung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bad steps tolerated</source>
        <translation>Tolerierte fehlerhafte Schritte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loader threads</source>
        <translation>Lade-Threads</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>all (not locked)</source>
        <translation>alle (nicht eingefroren)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>— (the epochs decide)</source>
        <translation>— (die Epochen entscheiden)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>each epoch&apos;s end</source>
        <translation>am Ende jeder Epoche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at each evaluation</source>
        <translation>bei jeder Auswertung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one per core</source>
        <translation>einer pro Kern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>automatic (10%, at most 500)</source>
        <translation>automatisch (10 %, höchstens 500)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>run %1</source>
        <translation>Trainingslauf %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Setting</source>
        <translation>Einstellung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Base model</source>
        <translation>Basismodell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Output folder</source>
        <translation>Ausgabeordner</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1: differs between the runs</source>
        <translation>%1: unterscheidet sich zwischen den Trainingsläufen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>WiSE-FT α</source>
        <translation>WiSE-FT α</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Split</source>
        <translation>Aufteilung</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Evaluated after training (%1)</source>
        <translation>Nach dem Training ausgewertet (%1)</translation>
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
    <name>clipft::ui::MetricChart</name>
    <message>
        <location filename="../ui/widgets/metric_chart.cpp" line="+293"/>
        <source>%1
%2 %3: %4</source>
        <translation>%1
%2 %3: %4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Show everything</source>
        <translation>Alles anzeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export as PNG, PDF or CSV…</source>
        <translation>Als PNG, PDF oder CSV exportieren…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export the chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG image (*.png);;PDF document (*.pdf);;CSV data (*.csv)</source>
        <translation>PNG-Bild (*.png);;PDF-Dokument (*.pdf);;CSV-Daten (*.csv)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
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
    <name>clipft::ui::RunsPage</name>
    <message>
        <location filename="../ui/pages/runs/runs_page.cpp" line="+141"/>
        <source>Continue</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy settings to Train</source>
        <translation>Einstellungen nach „Training“ kopieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fill the Train page&apos;s form with this run&apos;s dataset, model and settings</source>
        <translation>Das Formular der Seite „Training“ mit Datensatz, Modell und Einstellungen dieses Trainingslaufs ausfüllen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open in Search</source>
        <translation>In „Suche“ öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search with this run&apos;s model beside the pre-trained one</source>
        <translation>Mit dem Modell dieses Trainingslaufs neben dem vortrainierten suchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+89"/>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Curves</source>
        <translation>Kurven</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Evaluations</source>
        <translation>Auswertungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Stopped, because “%1” started.</source>
        <translation>Angehalten, weil „%1“ gestartet wurde.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Recall on the right axis:</source>
        <translation>Recall auf der rechten Achse:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ctrl+click runs in the table to overlay them</source>
        <translation>Strg+Klick auf Trainingsläufe in der Tabelle legt sie übereinander</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+429"/>
        <source>Loss and recall</source>
        <translation>Loss und Recall</translation>
    </message>
    <message>
        <location line="-403"/>
        <source>Model:</source>
        <translation>Modell:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>WiSE-FT: the exported weights are (1 − α)·pre-trained + α·fine-tuned. α 1 is the fine-tuned model as trained; a smaller α keeps more of what the pre-trained model knew.</source>
        <translation>WiSE-FT: Die exportierten Gewichte sind (1 − α)·vortrainiert + α·feinabgestimmt. α 1 ist das feinabgestimmte Modell, wie es trainiert wurde; ein kleineres α bewahrt mehr von dem, was das vortrainierte Modell wusste.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>WiSE-FT α:</source>
        <translation>WiSE-FT α:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1: the fine-tuned model as trained · 0: the pre-trained model · between: a mix of their weights, which often keeps most of the gain and more of what the pre-trained model knew.</source>
        <translation>1: das feinabgestimmte Modell, wie es trainiert wurde · 0: das vortrainierte Modell · dazwischen: eine Mischung ihrer Gewichte, die oft den Großteil des Gewinns und mehr von dem bewahrt, was das vortrainierte Modell wusste.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Export model…</source>
        <translation>Modell exportieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the model as an open_clip folder (open_clip_config.json, open_clip_model.safetensors and the tokenizer), at the chosen α</source>
        <translation>Das Modell als open_clip-Ordner schreiben (open_clip_config.json, open_clip_model.safetensors und der Tokenizer), beim gewählten α</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export report…</source>
        <translation>Bericht exportieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A PDF and an HTML page with the before/after table, the charts, the settings, the dataset and the evaluations (also as CSV)</source>
        <translation>Ein PDF und eine HTML-Seite mit der Vorher-nachher-Tabelle, den Diagrammen, den Einstellungen, dem Datensatz und den Auswertungen (auch als CSV)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;b&gt;Recall at each α&lt;/b&gt; on the val split</source>
        <translation>&lt;b&gt;Recall bei jedem α&lt;/b&gt; auf der Validierungsaufteilung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>α</source>
        <translation>α</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Click a row to export at its α</source>
        <translation>Klicken Sie auf eine Zeile, um mit ihrem α zu exportieren</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Preview recall at each α</source>
        <translation>Vorschau des Recalls bei jedem α</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evaluates the mixes at α 0, 0.25, 0.5, 0.75 and 1 on the dataset&apos;s val split, in the background</source>
        <translation>Wertet die Mischungen bei α 0; 0,25; 0,5; 0,75 und 1 im Hintergrund auf der Validierungsaufteilung des Datensatzes aus</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Open or create a project to see its training runs.</source>
        <translation>Öffnen oder erstellen Sie ein Projekt, um seine Trainingsläufe zu sehen.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The runs cannot be read: %1</source>
        <translation>Die Trainingsläufe können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No runs yet. Train a model on the Train page, and its run appears here.</source>
        <translation>Noch keine Trainingsläufe. Trainieren Sie ein Modell auf der Seite „Training“, dann erscheint sein Trainingslauf hier.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n Trainingslauf</numerusform>
            <numerusform>%n Trainingsläufe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n training now</source>
        <translation>
            <numerusform>%n trainiert gerade</numerusform>
            <numerusform>%n trainieren gerade</numerusform>
        </translation>
    </message>
    <message>
        <location line="+94"/>
        <source>The run&apos;s records cannot be read: %1</source>
        <translation>Die Aufzeichnungen des Trainingslaufs können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Select a run to export its model or its report.</source>
        <translation>Wählen Sie einen Trainingslauf aus, um sein Modell oder seinen Bericht zu exportieren.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a run to see its curves, settings and evaluations; select several to compare them.</source>
        <translation>Wählen Sie einen Trainingslauf aus, um seine Kurven, Einstellungen und Auswertungen zu sehen; wählen Sie mehrere aus, um sie zu vergleichen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&lt;b&gt;Run %1&lt;/b&gt; · %2 · %3</source>
        <translation>&lt;b&gt;Trainingslauf %1&lt;/b&gt; · %2 · %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>image R@5 %1 → &lt;b&gt;%2&lt;/b&gt; (%3)</source>
        <translation>Bild R@5 %1 → &lt;b&gt;%2&lt;/b&gt; (%3)</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n run(s) overlaid</source>
        <translation>
            <numerusform>%n Trainingslauf überlagert</numerusform>
            <numerusform>%n Trainingsläufe überlagert</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Run %1 has no evaluation yet (it evaluates on its dataset&apos;s val split).</source>
        <translation>Trainingslauf %1 hat noch keine Auswertung (er wertet auf der Validierungsaufteilung seines Datensatzes aus).</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Run %1: %n evaluation(s), on the val split unless the split says otherwise.</source>
        <translation>
            <numerusform>Trainingslauf %1: %n Auswertung, auf der Validierungsaufteilung, sofern die Spalte „Aufteilung“ nichts anderes angibt.</numerusform>
            <numerusform>Trainingslauf %1: %n Auswertungen, auf der Validierungsaufteilung, sofern die Spalte „Aufteilung“ nichts anderes angibt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;Run %1&lt;/b&gt; · %2</source>
        <translation>&lt;b&gt;Trainingslauf %1&lt;/b&gt; · %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The best there is</source>
        <translation>Das beste vorhandene</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Best model (step %1)</source>
        <translation>Bestes Modell (Schritt %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Best model</source>
        <translation>Bestes Modell</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Final model</source>
        <translation>Finales Modell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last checkpoint</source>
        <translation>Letzter Checkpoint</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No model on disk</source>
        <translation>Kein Modell auf der Festplatte</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No preview yet: it evaluates each mix on the val split (five evaluations).</source>
        <translation>Noch keine Vorschau: Sie wertet jede Mischung auf der Validierungsaufteilung aus (fünf Auswertungen).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previewed %1. α 1 is the fine-tuned model, α 0 the pre-trained one.</source>
        <translation>Vorschau vom %1. α 1 ist das feinabgestimmte Modell, α 0 das vortrainierte.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>training loss</source>
        <translation>Trainings-Loss</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (val split)</source>
        <translation>%1 (Validierungsaufteilung)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 loss</source>
        <translation>%1 – Loss</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 loss (smoothed)</source>
        <translation>%1 – Loss (geglättet)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Continue run %1 from its last checkpoint on the Train page</source>
        <translation>Trainingslauf %1 auf der Seite „Training“ ab seinem letzten Checkpoint fortsetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A stopped or interrupted run can be continued</source>
        <translation>Ein angehaltener oder unterbrochener Trainingslauf kann fortgesetzt werden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delete the selected runs with their checkpoints and models (after asking)</source>
        <translation>Die ausgewählten Trainingsläufe mit ihren Checkpoints und Modellen löschen (nach Rückfrage)</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Run %1 is %2: only a stopped or interrupted run can be continued.</source>
        <translation>Trainingslauf %1 hat den Status „%2“: Nur ein angehaltener oder unterbrochener Trainingslauf kann fortgesetzt werden.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>run %1 “%2”</source>
        <translation>Trainingslauf %1 „%2“</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A run that is training cannot be deleted; stop it first.</source>
        <translation>Ein Trainingslauf, der gerade trainiert, kann nicht gelöscht werden; halten Sie ihn zuerst an.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete when “%1” has finished.</source>
        <translation>Löschen Sie, wenn „%1“ beendet ist.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete runs</source>
        <translation>Trainingsläufe löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete %1?</source>
        <translation>%1 löschen?</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete these %n runs?</source>
        <translation>
            <numerusform>Diesen %n Trainingslauf löschen?</numerusform>
            <numerusform>Diese %n Trainingsläufe löschen?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Its metrics, evaluations and checkpoints leave the project, and its checkpoint and models are deleted from %1. This cannot be undone.</source>
        <translation>Seine Metriken, Auswertungen und Checkpoints werden aus dem Projekt entfernt, und sein Checkpoint und seine Modelle werden aus %1 gelöscht. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Their metrics, evaluations and checkpoints leave the project, and their checkpoints and models are deleted from their output folders. This cannot be undone.

%1</source>
        <translation>Ihre Metriken, Auswertungen und Checkpoints werden aus dem Projekt entfernt, und ihre Checkpoints und Modelle werden aus ihren Ausgabeordnern gelöscht. Dies kann nicht rückgängig gemacht werden.

%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Deleting failed: %1</source>
        <translation>Löschen fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Deleted %n run(s).</source>
        <translation>
            <numerusform>%n Trainingslauf gelöscht.</numerusform>
            <numerusform>%n Trainingsläufe gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kept %1: it holds other files.</source>
        <translation>%1 wurde behalten: Der Ordner enthält andere Dateien.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Export when “%1” has finished.</source>
        <translation>Exportieren Sie, wenn „%1“ beendet ist.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Exporting run %1 as a WiSE-FT mix at α %2…</source>
        <translation>Trainingslauf %1 wird als WiSE-FT-Mischung bei α %2 exportiert…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exporting run %1…</source>
        <translation>Trainingslauf %1 wird exportiert…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Run %1&apos;s model (%2, α %3) is in %4, in the open_clip layout.</source>
        <translation>Das Modell von Trainingslauf %1 (%2, α %3) liegt in %4, im open_clip-Layout.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The export failed: %1</source>
        <translation>Der Export ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The export was cancelled; the folder holds what it held before.</source>
        <translation>Der Export wurde abgebrochen; der Ordner enthält, was er vorher enthielt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Preview when “%1” has finished.</source>
        <translation>Starten Sie die Vorschau, wenn „%1“ beendet ist.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Run %1 has no model on disk to mix.</source>
        <translation>Trainingslauf %1 hat kein Modell auf der Festplatte, das gemischt werden könnte.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Previewing run %1&apos;s recall at each WiSE-FT α…</source>
        <translation>Vorschau des Recalls von Trainingslauf %1 bei jedem WiSE-FT-α…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Previewed just now. α 1 is the fine-tuned model, α 0 the pre-trained one.</source>
        <translation>Vorschau soeben erstellt. α 1 ist das feinabgestimmte Modell, α 0 das vortrainierte.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Previewed %n mix(es) of run %1 on the val split.</source>
        <translation>
            <numerusform>%n Mischung von Trainingslauf %1 auf der Validierungsaufteilung vorab ausgewertet.</numerusform>
            <numerusform>%n Mischungen von Trainingslauf %1 auf der Validierungsaufteilung vorab ausgewertet.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The preview failed: %1</source>
        <translation>Die Vorschau ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The preview was cancelled.</source>
        <translation>Die Vorschau wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The report cannot be made: %1</source>
        <translation>Der Bericht kann nicht erstellt werden: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The report of run %1 is in %2.</source>
        <translation>Der Bericht von Trainingslauf %1 liegt in %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The report of run %1 is in %2 and %3 (with its charts and the evaluations as CSV beside it).</source>
        <translation>Der Bericht von Trainingslauf %1 liegt in %2 und %3 (daneben seine Diagramme und die Auswertungen als CSV).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Export the model as a folder</source>
        <translation>Modell als Ordner exportieren</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export the report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>clipft::ui::RunsTableModel</name>
    <message>
        <location filename="../ui/pages/runs/runs_table_model.cpp" line="+75"/>
        <source>(deleted)</source>
        <translation>(gelöscht)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Output folder: %1</source>
        <translation>Ausgabeordner: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No evaluation yet</source>
        <translation>Noch keine Auswertung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of the best model (step %2)</source>
        <translation>%1 des besten Modells (Schritt %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From the start to the last record</source>
        <translation>Vom Start bis zur letzten Aufzeichnung</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Best</source>
        <translation>Bestwert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The best validation value of the metric the run keeps its best model by (image R@5 unless set otherwise)</source>
        <translation>Der beste Validierungswert der Metrik, nach der der Trainingslauf sein bestes Modell wählt (Bild R@5, sofern nicht anders eingestellt)</translation>
    </message>
</context>
<context>
    <name>clipft::ui::SearchPage</name>
    <message>
        <location filename="../ui/pages/search/search_page.cpp" line="+133"/>
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
        <location line="+12"/>
        <source>WiSE-FT α:</source>
        <translation>WiSE-FT α:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Mixes B&apos;s weights with its pre-trained model&apos;s: (1 − α)·pre-trained + α·fine-tuned. 1 is the run&apos;s model as trained; lower values keep more of what the pre-trained model knew. A dot marks the mixes already prepared.</source>
        <translation>Mischt die Gewichte von B mit denen seines vortrainierten Modells: (1 − α)·vortrainiert + α·feinabgestimmt. 1 ist das Modell des Trainingslaufs, wie es trainiert wurde; kleinere Werte bewahren mehr von dem, was das vortrainierte Modell wusste. Ein Punkt markiert die bereits vorbereiteten Mischungen.</translation>
    </message>
    <message>
        <location line="+21"/>
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
        <location line="-250"/>
        <location line="+336"/>
        <source>α = %1 (ready)</source>
        <translation>α = %1 (bereit)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>α = %1</source>
        <translation>α = %1</translation>
    </message>
    <message>
        <location line="+23"/>
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
        <location line="+3"/>
        <source>B: %1, WiSE-FT α %2</source>
        <translation>B: %1, WiSE-FT α %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>B: %1</source>
        <translation>B: %1</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>B: none</source>
        <translation>B: keines</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
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
        <location line="+20"/>
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
        <source>Train</source>
        <translation>Training</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runs</source>
        <translation>Trainingsläufe</translation>
    </message>
    <message>
        <location line="+69"/>
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
        <location line="+25"/>
        <location line="+93"/>
        <source>A training is running</source>
        <translation>Ein Training läuft</translation>
    </message>
    <message>
        <location line="-113"/>
        <source>A run of %1 is training. Stop it and open %2? It keeps a checkpoint to continue from.</source>
        <translation>Ein Trainingslauf von %1 trainiert gerade. Anhalten und %2 öffnen? Er behält einen Checkpoint, ab dem er fortgesetzt werden kann.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Stopping the training: it finishes its step and writes a checkpoint…</source>
        <translation>Das Training wird angehalten: Es beendet seinen Schritt und schreibt einen Checkpoint…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A run of %1 is training. Stop it and close the project? It keeps a checkpoint to continue from.</source>
        <translation>Ein Trainingslauf von %1 trainiert gerade. Anhalten und das Projekt schließen? Er behält einen Checkpoint, ab dem er fortgesetzt werden kann.</translation>
    </message>
    <message>
        <location line="+15"/>
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
        <location line="+25"/>
        <source>The training is still running. Stop it and quit? It keeps a checkpoint, so you can continue it from the Runs page.</source>
        <translation>Das Training läuft noch. Anhalten und beenden? Es behält einen Checkpoint, sodass Sie es auf der Seite „Trainingsläufe“ fortsetzen können.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stopping the training: it finishes its step and writes a checkpoint, then clipft Studio quits…</source>
        <translation>Das Training wird angehalten: Es beendet seinen Schritt und schreibt einen Checkpoint, dann wird clipft Studio beendet…</translation>
    </message>
    <message>
        <location line="+13"/>
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
    <name>clipft::ui::TrainPage</name>
    <message>
        <location filename="../ui/pages/train/train_page.cpp" line="+175"/>
        <source>Paused at step %1.</source>
        <translation>Bei Schritt %1 pausiert.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resumed at step %1.</source>
        <translation>Bei Schritt %1 fortgesetzt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>evaluating: %1 %2/%3</source>
        <translation>Auswertung: %1 %2/%3</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Save…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save these settings as a JSON file</source>
        <translation>Diese Einstellungen als JSON-Datei speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load settings from a JSON file</source>
        <translation>Einstellungen aus einer JSON-Datei laden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy as command line</source>
        <translation>Als Befehlszeile kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copies the exact clipft train command for these settings, to run them on a server</source>
        <translation>Kopiert den genauen Befehl „clipft train“ für diese Einstellungen, um sie auf einem Server auszuführen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Copied: %1</source>
        <translation>Kopiert: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+536"/>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <location line="-535"/>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stops the run between two steps and keeps a checkpoint to continue from</source>
        <translation>Hält den Trainingslauf zwischen zwei Schritten an und behält einen Checkpoint, ab dem er fortgesetzt werden kann</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continues the stopped run from its checkpoint</source>
        <translation>Setzt den angehaltenen Trainingslauf ab seinem Checkpoint fort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the settings and press Start.</source>
        <translation>Wählen Sie die Einstellungen und klicken Sie auf „Starten“.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Training loss</source>
        <translation>Trainings-Loss</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <location line="+4"/>
        <location line="+4"/>
        <source>step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+1"/>
        <source>loss</source>
        <translation>Loss</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>smoothed</source>
        <translation>geglättet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Validation recall</source>
        <translation>Validierungs-Recall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recall</source>
        <translation>Recall</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Learning rate and temperature</source>
        <translation>Lernrate und Temperatur</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+2"/>
        <source>logit scale</source>
        <translation>logit scale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Validation loss and throughput</source>
        <translation>Validierungs-Loss und Durchsatz</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>validation loss</source>
        <translation>Validierungs-Loss</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+2"/>
        <source>samples/s</source>
        <translation>Samples/s</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Smoothing</source>
        <translation>Glättung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exponential moving average of the training loss, as TensorBoard smooths</source>
        <translation>Exponentieller gleitender Durchschnitt des Trainings-Loss, so wie TensorBoard glättet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wheel: zoom · drag: pan · double-click: show all · right-click: export</source>
        <translation>Mausrad: zoomen · Ziehen: verschieben · Doppelklick: alles anzeigen · Rechtsklick: exportieren</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+235"/>
        <source>Probe queries</source>
        <translation>Test-Suchanfragen</translation>
    </message>
    <message>
        <location line="-233"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+286"/>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location line="-266"/>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image recall@1</source>
        <translation>Bildsuche recall@1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Image recall@5</source>
        <translation>Bildsuche recall@5</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Image recall@10</source>
        <translation>Bildsuche recall@10</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text recall@1</source>
        <translation>Textsuche recall@1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Text recall@5</source>
        <translation>Textsuche recall@5</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Text recall@10</source>
        <translation>Textsuche recall@10</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Open in Runs</source>
        <translation>In „Trainingsläufe“ öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare in Search</source>
        <translation>In „Suche“ vergleichen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The pre-trained model beside this run&apos;s best model, on the Search page</source>
        <translation>Das vortrainierte Modell neben dem besten Modell dieses Trainingslaufs, auf der Seite „Suche“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to the probes</source>
        <translation>Zurück zu den Test-Suchanfragen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&lt;b&gt;Probe queries&lt;/b&gt; — the top 5 validation images at each evaluation; the true image is outlined</source>
        <translation>&lt;b&gt;Test-Suchanfragen&lt;/b&gt; — die 5 besten Validierungsbilder bei jeder Auswertung; das richtige Bild ist umrandet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the text queries shown here, one per line</source>
        <translation>Die hier angezeigten Textanfragen wählen, eine pro Zeile</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Built-in demo model</source>
        <translation>Integriertes Demomodell</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>Text queries, one per line. They apply from the next run on.</source>
        <translation>Textanfragen, eine pro Zeile. Sie gelten ab dem nächsten Trainingslauf.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a model folder</source>
        <translation>Modellordner wählen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save the training settings</source>
        <translation>Trainingseinstellungen speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Load training settings</source>
        <translation>Trainingseinstellungen laden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 holds no usable settings: %2</source>
        <translation>%1 enthält keine verwendbaren Einstellungen: %2</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Training %1 from %2 on %3.</source>
        <translation>Training mit %1, ausgehend von %2, auf %3.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Continuing run %1 “%2” from its checkpoint.</source>
        <translation>Trainingslauf %1 „%2“ wird ab seinem Checkpoint fortgesetzt.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The form holds the settings of run %1 “%2”.</source>
        <translation>Das Formular enthält die Einstellungen von Trainingslauf %1 „%2“.</translation>
    </message>
    <message>
        <source>Run %1 “%2”: %3</source>
        <translation type="vanished">Trainingslauf %1 „%2“: %3</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Stopping: the run ends after this step, with a checkpoint to continue from.</source>
        <translation>Wird angehalten: Der Trainingslauf endet nach diesem Schritt, mit einem Checkpoint zum Fortsetzen.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Resume</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Step %1: %2 step(s) skipped so far for a NaN or infinite loss.</source>
        <translation>Schritt %1: bisher %2 Schritt(e) wegen eines NaN- oder unendlichen Loss übersprungen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>pre-trained %1 %2</source>
        <translation>vortrainiert %1 %2</translation>
    </message>
    <message>
        <location line="-747"/>
        <location line="+747"/>
        <source>image R@5</source>
        <translation>Bild R@5</translation>
    </message>
    <message>
        <location line="-748"/>
        <source>image R@1</source>
        <translation>Bild R@1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>image R@10</source>
        <translation>Bild R@10</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text R@1</source>
        <translation>Text R@1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+744"/>
        <source>text R@5</source>
        <translation>Text R@5</translation>
    </message>
    <message>
        <location line="-743"/>
        <source>text R@10</source>
        <translation>Text R@10</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Run %1 is not in the project any more.</source>
        <translation>Trainingslauf %1 ist nicht mehr im Projekt.</translation>
    </message>
    <message>
        <location line="+616"/>
        <source>completed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stopped; it can be continued</source>
        <translation>angehalten; er kann fortgesetzt werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>interrupted (its process ended); it can be continued</source>
        <translation>unterbrochen (sein Prozess wurde beendet); er kann fortgesetzt werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>training in another process</source>
        <translation>trainiert in einem anderen Prozess</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Run %1 “%2”: %3 · %Ln step(s)</source>
        <translation>
            <numerusform>Trainingslauf %1 „%2“: %3 · %Ln Schritt</numerusform>
            <numerusform>Trainingslauf %1 „%2“: %3 · %Ln Schritte</numerusform>
        </translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Step %1: image recall@5 %2, text recall@5 %3%4</source>
        <translation>Schritt %1: Bildsuche recall@5 %2, Textsuche recall@5 %3%4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (best so far)</source>
        <translation> (bisher bestes)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>true image at rank %1</source>
        <translation>richtiges Bild auf Rang %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a caption of the val split</source>
        <translation>keine Beschreibung der Validierungsaufteilung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Its top 5 images appear at the next evaluation of a run.</source>
        <translation>Die 5 besten Bilder erscheinen bei der nächsten Auswertung eines Trainingslaufs.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1
rank %2 · score %3</source>
        <translation>%1
Rang %2 · Score %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No probe queries: the validation split has no captions to take them from. Choose Edit… to write some.</source>
        <translation>Keine Test-Suchanfragen: Die Validierungsaufteilung hat keine Beschreibungen, aus denen sie stammen könnten. Wählen Sie „Bearbeiten…“, um welche zu schreiben.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>step %1/%2</source>
        <translation>Schritt %1/%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>epoch %1</source>
        <translation>Epoche %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 samples/s</source>
        <translation>%1 Samples/s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ETA %1</source>
        <translation>Restzeit %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ETA …</source>
        <translation>Restzeit …</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>starting…</source>
        <translation>wird gestartet…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>memory %1 MiB</source>
        <translation>Speicher %1 MiB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Run %1 stopped at step %2. Continue it here or from the Runs page.</source>
        <translation>Trainingslauf %1 wurde bei Schritt %2 angehalten. Setzen Sie ihn hier oder auf der Seite „Trainingsläufe“ fort.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run %1 stopped early at step %2 (no more improvement).</source>
        <translation>Trainingslauf %1 wurde bei Schritt %2 vorzeitig beendet (keine Verbesserung mehr).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run %1 completed %2 steps in %3.</source>
        <translation>Trainingslauf %1 hat %2 Schritte in %3 abgeschlossen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The training failed.</source>
        <translation>Das Training ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>warning: </source>
        <translation>Warnung: </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Log (%n warning(s))</source>
        <translation>
            <numerusform>Protokoll (%n Warnung)</numerusform>
            <numerusform>Protokoll (%n Warnungen)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&lt;p style=&apos;font-size:large&apos;&gt;&lt;b&gt;Image recall@5: %1 → %2 (%3)&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Model: %4&lt;br&gt;Dataset: %5 (val split)&lt;br&gt;Best step: %6 · Duration: %7&lt;/p&gt;&lt;p&gt;“Before” is the pre-trained model (the evaluation at step 0), “after” the run&apos;s best model, as the Finetuner study reported them.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;font-size:large&apos;&gt;&lt;b&gt;Bildsuche recall@5: %1 → %2 (%3)&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Modell: %4&lt;br&gt;Datensatz: %5 (Validierungsaufteilung)&lt;br&gt;Bester Schritt: %6 · Dauer: %7&lt;/p&gt;&lt;p&gt;„Vorher“ ist das vortrainierte Modell (die Auswertung bei Schritt 0), „Nachher“ das beste Modell des Trainingslaufs, so wie die Finetuner-Studie sie angegeben hat.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Result of run %1</source>
        <translation>Ergebnis von Trainingslauf %1</translation>
    </message>
</context>
<context>
    <name>clipft::ui::TrainingForm</name>
    <message>
        <location filename="../ui/pages/train/training_form.cpp" line="+49"/>
        <source>Quick CPU demo</source>
        <translation>Schnelle CPU-Demo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finetuner study (lr 1e-6, 5 epochs)</source>
        <translation>Finetuner-Studie (lr 1e-6, 5 Epochen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Small data set (image tower locked)</source>
        <translation>Kleiner Datensatz (Bild-Encoder eingefroren)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A short run sized for a laptop CPU: a high learning rate and frequent evaluations, so that the charts move within a minute or two on the demo.</source>
        <translation>Ein kurzer Trainingslauf, ausgelegt für die CPU eines Laptops: eine hohe Lernrate und häufige Auswertungen, damit sich die Diagramme bei der Demo innerhalb von ein, zwei Minuten bewegen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The settings of Jina AI&apos;s Finetuner study: a learning rate of 1e-6 for 5 epochs. Gentle, for real photos and a pre-trained model worth keeping.</source>
        <translation>Die Einstellungen der Finetuner-Studie von Jina AI: eine Lernrate von 1e-6 für 5 Epochen. Schonend, für echte Fotos und ein vortrainiertes Modell, das es wert ist, bewahrt zu werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only the text tower learns: with a few hundred images, training the image tower too mostly memorises them.</source>
        <translation>Nur der Text-Encoder lernt: Bei wenigen hundert Bildern lernt ein mittrainierter Bild-Encoder sie vor allem auswendig.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Image recall@5 (text → image)</source>
        <translation>Bildsuche recall@5 (Text → Bild)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image recall@1 (text → image)</source>
        <translation>Bildsuche recall@1 (Text → Bild)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image recall@10 (text → image)</source>
        <translation>Bildsuche recall@10 (Text → Bild)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text recall@5 (image → text)</source>
        <translation>Textsuche recall@5 (Bild → Text)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text recall@1 (image → text)</source>
        <translation>Textsuche recall@1 (Bild → Text)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Validation loss (lower is better)</source>
        <translation>Validierungs-Loss (niedriger ist besser)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fills the form with settings known to work; any field can be changed afterwards.</source>
        <translation>Füllt das Formular mit bewährten Einstellungen; jedes Feld lässt sich danach ändern.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preset</source>
        <translation>Voreinstellung</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+84"/>
        <source>Advanced</source>
        <translation>Erweitert</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>Basic</source>
        <translation>Grundlegend</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The data set to train on: its train split is trained on, its val split evaluated.</source>
        <translation>Der Datensatz für das Training: Auf seiner Trainingsaufteilung wird trainiert, auf seiner Validierungsaufteilung ausgewertet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The pre-trained model to start from: an open_clip or Hugging Face transformers folder.</source>
        <translation>Das vortrainierte Ausgangsmodell: ein open_clip- oder Hugging-Face-transformers-Ordner.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a model folder</source>
        <translation>Modellordner wählen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Passes over the training images.</source>
        <translation>Durchläufe über die Trainingsbilder.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Epochs</source>
        <translation>Epochen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>by epochs</source>
        <translation>nach Epochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Train exactly this many optimizer steps, whatever the epochs say. (clipft only)</source>
        <translation>Genau so viele Optimiererschritte trainieren, unabhängig von den Epochen. (nur clipft)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The peak learning rate, reached after the warmup and then decayed on a cosine.</source>
        <translation>Die höchste Lernrate, erreicht nach dem Warmup und danach kosinusförmig abgesenkt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+294"/>
        <source>Learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <location line="-291"/>
        <source>Images per batch; every other image of the batch is a negative for the contrastive loss.</source>
        <translation>Bilder pro Batch; jedes andere Bild des Batches ist ein Negativbeispiel für den kontrastiven Loss.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Batch size</source>
        <translation>Batchgröße</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Batches whose embeddings are gathered before one optimizer step: a larger effective batch (more negatives) in the same memory.</source>
        <translation>Batches, deren Embeddings vor einem Optimiererschritt gesammelt werden: ein größerer effektiver Batch (mehr Negativbeispiele) im selben Speicher.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Accumulation</source>
        <translation>Akkumulation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>auto (10%, at most 500)</source>
        <translation>auto (10 %, höchstens 500)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps over which the learning rate rises linearly from 0.</source>
        <translation>Schritte, über die die Lernrate linear von 0 ansteigt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warmup steps</source>
        <translation>Warmup-Schritte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AdamW&apos;s decoupled weight decay, on weights only (not on biases, norms, embeddings or the temperature).</source>
        <translation>Entkoppelter Weight Decay von AdamW, nur auf Gewichte (nicht auf Biases, Normen, Embeddings oder die Temperatur).</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+258"/>
        <source>Weight decay</source>
        <translation>Weight Decay</translation>
    </message>
    <message>
        <location line="-257"/>
        <source>Clips the gradients&apos; global norm to this value; 0 turns clipping off.</source>
        <translation>Begrenzt die globale Norm der Gradienten auf diesen Wert; 0 schaltet das Clipping aus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+256"/>
        <source>Gradient clipping</source>
        <translation>Gradient Clipping</translation>
    </message>
    <message>
        <location line="-255"/>
        <location line="+5"/>
        <source>not locked</source>
        <translation>nicht eingefroren</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Freezes the image tower except its last N layer groups: 0 freezes all of it, 1 leaves the projection trainable, 2 also the last block.</source>
        <translation>Friert den Bild-Encoder bis auf seine letzten N Schichtgruppen ein: 0 friert ihn ganz ein, 1 lässt die Projektion trainierbar, 2 zusätzlich den letzten Block.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lock image tower</source>
        <translation>Bild-Encoder einfrieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Freezes the text tower except its last N layer groups, counted as for the image tower.</source>
        <translation>Friert den Text-Encoder bis auf seine letzten N Schichtgruppen ein, gezählt wie beim Bild-Encoder.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lock text tower</source>
        <translation>Text-Encoder einfrieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learn the temperature</source>
        <translation>Temperatur lernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trains the logit scale (the softmax temperature&apos;s inverse), clamped to at most 100 as open_clip does.</source>
        <translation>Trainiert die logit scale (den Kehrwert der Softmax-Temperatur), auf höchstens 100 begrenzt wie bei open_clip.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>always learned</source>
        <translation>immer gelernt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logit scale</source>
        <translation>Logit scale</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fp32 (full precision)</source>
        <translation>fp32 (volle Genauigkeit)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>amp (fp16 autocast, CUDA)</source>
        <translation>amp (fp16-Autocast, CUDA)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bf16 (bfloat16 autocast, CUDA)</source>
        <translation>bf16 (bfloat16-Autocast, CUDA)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arithmetic precision. Autocast halves activation memory and speeds up a GPU; the CPU trains in fp32.</source>
        <translation>Rechengenauigkeit. Autocast halbiert den Speicher für Aktivierungen und beschleunigt eine GPU; auf der CPU wird in fp32 trainiert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Precision</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>each epoch</source>
        <translation>jede Epoche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also evaluate on the val split every N steps (always at each epoch&apos;s end).</source>
        <translation>Zusätzlich alle N Schritte auf der Validierungsaufteilung auswerten (immer am Ende jeder Epoche).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--val-frequency (in epochs)</source>
        <translation>--val-frequency (in Epochen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluate every</source>
        <translation>Auswertungsintervall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at evaluations</source>
        <translation>bei Auswertungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the resumable checkpoint every N steps.</source>
        <translation>Alle N Schritte den Checkpoint zum Fortsetzen schreiben.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>--save-frequency (in epochs)</source>
        <translation>--save-frequency (in Epochen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checkpoint every</source>
        <translation>Checkpoint-Intervall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps between stored metrics and log lines.</source>
        <translation>Schritte zwischen gespeicherten Metriken und Protokollzeilen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log every</source>
        <translation>Protokollintervall</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The validation metric that picks the best model and drives early stopping.</source>
        <translation>Die Validierungsmetrik, die das beste Modell bestimmt und das vorzeitige Beenden steuert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Best model by</source>
        <translation>Bestes Modell nach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop after this many evaluations without improvement of the best-model metric.</source>
        <translation>Nach so vielen Auswertungen ohne Verbesserung der Metrik für das beste Modell anhalten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Early stopping</source>
        <translation>Vorzeitiges Beenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The smallest change that counts as an improvement for early stopping.</source>
        <translation>Die kleinste Änderung, die beim vorzeitigen Beenden als Verbesserung zählt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+217"/>
        <source>Minimum improvement</source>
        <translation>Minimale Verbesserung</translation>
    </message>
    <message>
        <location line="-216"/>
        <source>Seeds shuffling and augmentation: the same seed trains the same model.</source>
        <translation>Seed für das Durchmischen und die Augmentierung: Derselbe Seed trainiert dasselbe Modell.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Random resized crop</source>
        <translation>Zufälliger skalierter Ausschnitt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open_clip&apos;s training augmentation: crops of 90–100% of the image.</source>
        <translation>Die Trainings-Augmentierung von open_clip: Ausschnitte von 90–100 % des Bildes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Augmentation</source>
        <translation>Augmentierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Include my search feedback</source>
        <translation>Meine Suchrückmeldungen einbeziehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also train on the captions you confirmed on the Search page (&quot;This is a match&quot;) for training images.</source>
        <translation>Auch auf den Beschreibungen trainieren, die Sie auf der Seite „Suche“ für Trainingsbilder bestätigt haben („Das passt“).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Feedback</source>
        <translation>Rückmeldungen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Run</source>
        <translation>Trainingslauf</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>automatic</source>
        <translation>automatisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the run is listed on the Runs page.</source>
        <translation>Wie der Trainingslauf auf der Seite „Trainingsläufe“ aufgeführt wird.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Automatic (a GPU when there is one)</source>
        <translation>Automatisch (eine GPU, wenn vorhanden)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Where the model trains: the CPU, or a CUDA GPU.</source>
        <translation>Wo das Modell trainiert wird: auf der CPU oder einer CUDA-GPU.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Weights, gradients, AdamW&apos;s two moments and the activations autograd keeps, for this model, batch size and precision. An estimate: allocators add some.</source>
        <translation>Gewichte, Gradienten, die beiden Momente von AdamW und die Aktivierungen, die Autograd behält, für dieses Modell, diese Batchgröße und Genauigkeit. Eine Schätzung: Allokatoren brauchen etwas mehr.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Memory needed</source>
        <translation>Benötigter Speicher</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 free of %2</source>
        <translation>%1 von %2 frei</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>memory unknown</source>
        <translation>Speicher unbekannt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CPU: %1 · %2</source>
        <translation>CPU: %1 · %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 · %3</source>
        <translation>%1: %2 · %3</translation>
    </message>
    <message>
        <location line="+160"/>
        <source>%1: &quot;%2&quot; is not a number (write it as 0.0003 or 3e-4)</source>
        <translation>%1: „%2“ ist keine Zahl (schreiben Sie sie als 0.0003 oder 3e-4)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: must not be negative</source>
        <translation>%1: darf nicht negativ sein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: must be greater than 0</source>
        <translation>%1: muss größer als 0 sein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dataset: the project has no data set yet; import one on the Data page</source>
        <translation>Datensatz: Das Projekt hat noch keinen Datensatz; importieren Sie einen auf der Seite „Daten“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model: choose a model folder</source>
        <translation>Modell: Wählen Sie einen Modellordner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Precision: autocast needs a CUDA GPU; the CPU trains in fp32</source>
        <translation>Genauigkeit: Autocast braucht eine CUDA-GPU; auf der CPU wird in fp32 trainiert</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>reading the model…</source>
        <translation>Modell wird gelesen…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (weights %2, gradients and AdamW %3, activations %4) · %5 parameters</source>
        <translation>%1 (Gewichte %2, Gradienten und AdamW %3, Aktivierungen %4) · %5 Parameter</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>it is not a JSON object</source>
        <translation>es ist kein JSON-Objekt</translation>
    </message>
    <message>
        <location line="+32"/>
        <source># cannot be written as a command line: %1</source>
        <translation># kann nicht als Befehlszeile geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>clipft::ui::TrainingSession</name>
    <message>
        <location filename="../ui/pages/train/training_session.cpp" line="+31"/>
        <source>images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>captions</source>
        <translation>Beschreibungen</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Checkpoint at step %1: %2</source>
        <translation>Checkpoint bei Schritt %1: %2</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Training run %1</source>
        <translation>Trainingslauf %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The training was cancelled before it had started.</source>
        <translation>Das Training wurde abgebrochen, bevor es begonnen hatte.</translation>
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
        <location filename="../app/studio/main.cpp" line="+82"/>
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
        <source>The page to show: welcome, data, report, model, train, train-live, train-summary, search, compare or runs</source>
        <translation>Anzuzeigende Seite: welcome, data, report, model, train, train-live, train-summary, search, compare oder runs</translation>
    </message>
    <message>
        <source>The page to show: welcome, data, report, model, search or compare</source>
        <translation type="vanished">Anzuzeigende Seite: welcome, data, report, model, search oder compare</translation>
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
