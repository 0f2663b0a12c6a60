<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>JobRunner</name>
    <message>
        <location filename="../ui/jobs/job_runner.cpp" line="+94"/>
        <source>an unexpected error stopped the job</source>
        <translation>un error inesperado detuvo la tarea</translation>
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
        <translation>%1, 1 hilo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1, %2 threads</source>
        <translation>%1, %2 hilos</translation>
    </message>
</context>
<context>
    <name>ReportHtml</name>
    <message>
        <location filename="../ui/pages/runs/report_html.cpp" line="+52"/>
        <source>train</source>
        <comment>the dataset&apos;s training split</comment>
        <translation>entrenamiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>val</source>
        <comment>the dataset&apos;s validation split</comment>
        <translation>validación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>test</source>
        <comment>the dataset&apos;s test split</comment>
        <translation>prueba</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 (stopped early)</source>
        <comment>a completed run&apos;s status</comment>
        <translation>%1 (detenido antes de tiempo)</translation>
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
        <translation>Antes y después del ajuste fino</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This run has no evaluation before training and after it to compare (it evaluates on the dataset&apos;s val split; a run without one, or stopped before its first evaluation, has none).</source>
        <translation>Este entrenamiento no tiene una evaluación antes y otra después del entrenamiento que comparar (se evalúa en la partición de validación del conjunto de datos; un entrenamiento sin ella, o detenido antes de su primera evaluación, no la tiene).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>model</source>
        <translation>modelo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>dataset</source>
        <translation>conjunto de datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 before</source>
        <comment>the column of the metric before training</comment>
        <translation>%1 antes</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>after</source>
        <translation>después</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>relative</source>
        <comment>the relative change</comment>
        <translation>relativo</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1 (%2 split, %Ln image(s))</source>
        <comment>dataset name, split name, the split&apos;s images</comment>
        <translation>
            <numerusform>%1 (partición %2, %Ln imagen)</numerusform>
            <numerusform>%1 (partición %2, %Ln imágenes)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>before</source>
        <translation>antes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>change</source>
        <translation>cambio</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>before: the model at step %1 (the pre-trained one); after: the run&apos;s best model (step %2). image = text-to-image recall (a caption finds its image), text = image-to-text recall; relative = the change of %3 over its value before.</source>
        <translation>antes: el modelo en el paso %1 (el preentrenado); después: el mejor modelo del entrenamiento (paso %2). imagen = recall de texto a imagen (una descripción encuentra su imagen), texto = recall de imagen a texto; relativo = el cambio de %3 respecto a su valor anterior.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>setting</source>
        <translation>ajuste</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>value</source>
        <translation>valor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>base model</source>
        <translation>modelo base</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>output folder</source>
        <translation>carpeta de salida</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Dataset</source>
        <translation>Conjunto de datos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The run&apos;s dataset is no longer in the project.</source>
        <translation>El conjunto de datos del entrenamiento ya no está en el proyecto.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>name</source>
        <comment>the dataset&apos;s</comment>
        <translation>nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>format</source>
        <comment>the dataset&apos;s</comment>
        <translation>formato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>source</source>
        <comment>the folder or file the dataset was imported from</comment>
        <translation>origen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>imported</source>
        <comment>when the dataset was imported</comment>
        <translation>importado</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+34"/>
        <source>split</source>
        <translation>partición</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>images</source>
        <translation>imágenes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>captions</source>
        <translation>descripciones</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no split</source>
        <comment>images in no split</comment>
        <translation>sin partición</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>all</source>
        <comment>every split</comment>
        <translation>todas</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln image(s) were not usable at import (see the import report).</source>
        <translation>
            <numerusform>%Ln imagen no se pudo usar en la importación (consulte el informe de importación).</numerusform>
            <numerusform>%Ln imágenes no se pudieron usar en la importación (consulte el informe de importación).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Evaluations</source>
        <translation>Evaluaciones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None yet.</source>
        <comment>no evaluations</comment>
        <translation>Ninguna todavía.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Every number below, with the ranks and the validation loss: %1 (CSV).</source>
        <translation>Todas las cifras de abajo, con los puestos y la pérdida de validación: %1 (CSV).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>step</source>
        <translation>paso</translation>
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
        <translation>Entrenamiento de clipft %1: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Run %1: %2</source>
        <comment>the heading: run id, run name</comment>
        <translation>Entrenamiento %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>dataset %1</source>
        <translation>conjunto de datos %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(deleted)</source>
        <comment>the run&apos;s dataset</comment>
        <translation>(eliminado)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>base model %1</source>
        <translation>modelo base %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln step(s)</source>
        <translation>
            <numerusform>%Ln paso</numerusform>
            <numerusform>%Ln pasos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>started %1</source>
        <translation>iniciado el %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Training curves</source>
        <translation>Curvas de entrenamiento</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Made by clipft %1 on %2 from the project&apos;s records.</source>
        <translation>Generado por clipft %1 el %2 a partir de los registros del proyecto.</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <location filename="../ui/pages/runs/report_writer.cpp" line="+71"/>
        <location line="+12"/>
        <source>step</source>
        <translation>paso</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>loss</source>
        <translation>pérdida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>training loss</source>
        <translation>pérdida de entrenamiento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>training loss (smoothed)</source>
        <translation>pérdida de entrenamiento (suavizada)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>validation loss</source>
        <translation>pérdida de validación</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>recall@5 (val split)</source>
        <translation>recall@5 (partición de validación)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The folder %1 cannot be created.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 cannot be written: check that the folder is writable and the disk has room.</source>
        <translation>No se puede escribir %1: compruebe que la carpeta admite escritura y que el disco tiene espacio.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Loss</source>
        <translation>Pérdida</translation>
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
        <translation>creado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>running</source>
        <translation>en curso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>completed</source>
        <translation>completado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>fallido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stopped</source>
        <translation>detenido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>interrupted</source>
        <translation>interrumpido</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Interrupted: the process training it ended without stopping it (closed, killed or crashed). Continue it from its last checkpoint.</source>
        <translation>Interrumpido: el proceso que lo entrenaba terminó sin detenerlo (se cerró, se forzó su cierre o falló). Continúelo desde su último punto de control.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed: %1</source>
        <translation>Fallido: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no reason was recorded</source>
        <translation>no se registró ningún motivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopped: %1. Continue it from its last checkpoint.</source>
        <translation>Detenido: %1. Continúelo desde su último punto de control.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training now</source>
        <translation>Entrenando ahora</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>image R@1</source>
        <translation>imagen R@1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>image R@5</source>
        <translation>imagen R@5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>image R@10</source>
        <translation>imagen R@10</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text R@1</source>
        <translation>texto R@1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text R@5</source>
        <translation>texto R@5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text R@10</source>
        <translation>texto R@10</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>image mean rank</source>
        <translation>imagen puesto medio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>image median rank</source>
        <translation>imagen puesto mediano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text mean rank</source>
        <translation>texto puesto medio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text median rank</source>
        <translation>texto puesto mediano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>val loss</source>
        <translation>pérdida de validación</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Epochs</source>
        <translation>Épocas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps (at most)</source>
        <translation>Pasos (como máximo)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batch size</source>
        <translation>Tamaño de lote</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gradient accumulation (micro-batches)</source>
        <translation>Acumulación de gradientes (microlotes)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learning rate</source>
        <translation>Tasa de aprendizaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight decay</source>
        <translation>Decaimiento de pesos</translation>
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
        <translation>Pasos de calentamiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gradient clipping (norm)</source>
        <translation>Recorte de gradientes (norma)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image tower: trainable groups</source>
        <translation>Codificador de imagen: grupos entrenables</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text tower: trainable groups</source>
        <translation>Codificador de texto: grupos entrenables</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Augmentation</source>
        <translation>Aumento de datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Train on search feedback</source>
        <translation>Entrenar con las indicaciones de búsqueda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Train the logit scale</source>
        <translation>Entrenar el logit scale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Precision</source>
        <translation>Precisión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluate every (steps)</source>
        <translation>Intervalo de evaluación (pasos)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluate before training</source>
        <translation>Evaluar antes del entrenamiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checkpoint every (steps)</source>
        <translation>Intervalo de puntos de control (pasos)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log every (steps)</source>
        <translation>Intervalo de registro (pasos)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Best model by</source>
        <translation>Mejor modelo según</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Early stopping patience</source>
        <translation>Paciencia de la parada temprana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Early stopping minimum change</source>
        <translation>Cambio mínimo de la parada temprana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bad steps tolerated</source>
        <translation>Pasos erróneos tolerados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed</source>
        <translation>Semilla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loader threads</source>
        <translation>Hilos de carga</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>off</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>all (not locked)</source>
        <translation>todos (sin congelar)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>— (the epochs decide)</source>
        <translation>— (según las épocas)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>each epoch&apos;s end</source>
        <translation>al final de cada época</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at each evaluation</source>
        <translation>en cada evaluación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one per core</source>
        <translation>uno por núcleo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>automatic (10%, at most 500)</source>
        <translation>automático (10 %, como máximo 500)</translation>
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
        <translation>entrenamiento %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Setting</source>
        <translation>Ajuste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Dataset</source>
        <translation>Conjunto de datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Base model</source>
        <translation>Modelo base</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Output folder</source>
        <translation>Carpeta de salida</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1: differs between the runs</source>
        <translation>%1: difiere entre los entrenamientos</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>WiSE-FT α</source>
        <translation>WiSE-FT α</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Split</source>
        <translation>Partición</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Evaluated after training (%1)</source>
        <translation>Evaluado después del entrenamiento (%1)</translation>
    </message>
</context>
<context>
    <name>clipft::ui::DataPage</name>
    <message>
        <location filename="../ui/pages/data/data_page.cpp" line="+77"/>
        <source>Import folder…</source>
        <translation>Importar carpeta…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A folder of images with caption files (photo.jpg + photo.txt, or captions.txt / captions.csv)</source>
        <translation>Una carpeta de imágenes con archivos de descripciones (photo.jpg + photo.txt, o captions.txt / captions.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import annotation file…</source>
        <translation>Importar archivo de anotaciones…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV/TSV, JSONL, Flickr8k/30k, MS-COCO captions_*.json, Karpathy dataset_*.json</source>
        <translation>CSV/TSV, JSONL, Flickr8k/30k, MS-COCO captions_*.json, Karpathy dataset_*.json</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Drop a folder of images with captions here, or choose Import folder…</source>
        <translation>Suelte aquí una carpeta de imágenes con descripciones o elija «Importar carpeta…»</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Dataset</source>
        <translation>Conjunto de datos</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+21"/>
        <source>Images</source>
        <translation>Imágenes</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Captions</source>
        <translation>Descripciones</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Right-click a dataset to rename or delete it</source>
        <translation>Haga clic con el botón derecho en un conjunto de datos para cambiarle el nombre o eliminarlo</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Import report</source>
        <translation>Informe de importación</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Filter the report…</source>
        <translation>Filtrar el informe…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report:</source>
        <translation>Informe:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the report&apos;s rows, as filtered and sorted, as a CSV file</source>
        <translation>Guardar las filas del informe, tal como están filtradas y ordenadas, en un archivo CSV</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export the import report</source>
        <translation>Exportar el informe de importación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved the report to %1</source>
        <translation>Informe guardado en %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Import a folder of captioned images</source>
        <translation>Importar una carpeta de imágenes con descripciones</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import an annotation file</source>
        <translation>Importar un archivo de anotaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annotations (*.csv *.tsv *.jsonl *.json *.txt *.token);;All files (*)</source>
        <translation>Anotaciones (*.csv *.tsv *.jsonl *.json *.txt *.token);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>All splits</source>
        <translation>Todas las particiones</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In no split</source>
        <translation>En ninguna partición</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter by caption…</source>
        <translation>Filtrar por descripción…</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Remove the image</source>
        <translation>Quitar la imagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove %1 and its captions from the dataset %2? The file stays on disk.</source>
        <translation>¿Quitar %1 y sus descripciones del conjunto de datos %2? El archivo permanece en el disco.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Caption saved.</source>
        <translation>Descripción guardada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The caption was not changed: %1</source>
        <translation>La descripción no se cambió: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The caption was not removed: %1</source>
        <translation>La descripción no se quitó: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The image was not removed: %1</source>
        <translation>La imagen no se quitó: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Removed %1 from the dataset.</source>
        <translation>Se quitó %1 del conjunto de datos.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The dataset was not renamed: %1</source>
        <translation>No se cambió el nombre del conjunto de datos: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The dataset was not deleted: %1</source>
        <translation>El conjunto de datos no se eliminó: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deleted the dataset %1.</source>
        <translation>Se eliminó el conjunto de datos %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Rename…</source>
        <translation>Cambiar nombre…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rename the dataset</source>
        <translation>Cambiar el nombre del conjunto de datos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New name:</source>
        <translation>Nombre nuevo:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Delete the dataset %1 from the project? The image files stay on disk.</source>
        <translation>¿Eliminar el conjunto de datos %1 del proyecto? Los archivos de imagen permanecen en el disco.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the dataset %1 from the project, with the runs trained on it: %2? The image files and the runs&apos; model folders stay on disk.</source>
        <translation>¿Eliminar del proyecto el conjunto de datos %1, con los entrenamientos hechos con él: %2? Los archivos de imagen y las carpetas de modelos de los entrenamientos permanecen en el disco.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete the dataset</source>
        <translation>Eliminar el conjunto de datos</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 of %2 images</source>
        <translation>%1 de %2 imágenes</translation>
    </message>
    <message>
        <location line="+75"/>
        <location line="+12"/>
        <source>%1 cannot be written: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>&lt;tr&gt;&lt;td&gt;%1&lt;/td&gt;&lt;td align=right&gt;%2&lt;/td&gt;&lt;td align=right&gt;%3&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;%1&lt;/td&gt;&lt;td align=right&gt;%2&lt;/td&gt;&lt;td align=right&gt;%3&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · %3 · %4&lt;br&gt;&lt;table cellspacing=6&gt;&lt;tr&gt;&lt;td&gt;&lt;/td&gt;&lt;td&gt;images&lt;/td&gt;&lt;td&gt;captions&lt;/td&gt;&lt;/tr&gt;%5%6%7%8&lt;/table&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · %3 · %4&lt;br&gt;&lt;table cellspacing=6&gt;&lt;tr&gt;&lt;td&gt;&lt;/td&gt;&lt;td&gt;imágenes&lt;/td&gt;&lt;td&gt;descripciones&lt;/td&gt;&lt;/tr&gt;%5%6%7%8&lt;/table&gt;</translation>
    </message>
    <message numerus="yes">
        <location line="-186"/>
        <location line="+189"/>
        <source>%Ln image(s)</source>
        <translation>
            <numerusform>%Ln imagen</numerusform>
            <numerusform>%Ln imágenes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln caption(s)</source>
        <translation>
            <numerusform>%Ln descripción</numerusform>
            <numerusform>%Ln descripciones</numerusform>
        </translation>
    </message>
    <message>
        <location line="-381"/>
        <location line="+382"/>
        <source>train</source>
        <translation>entrenamiento</translation>
    </message>
    <message>
        <location line="-381"/>
        <location line="+381"/>
        <source>val</source>
        <translation>validación</translation>
    </message>
    <message>
        <location line="-380"/>
        <location line="+380"/>
        <source>test</source>
        <translation>prueba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in no split</source>
        <translation>sin partición</translation>
    </message>
    <message numerus="yes">
        <location line="+40"/>
        <source>every kind (%n)</source>
        <translation>
            <numerusform>todos los tipos (%n)</numerusform>
            <numerusform>todos los tipos (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+15"/>
        <source>Open or create a project first, then import into it.</source>
        <translation>Primero abra o cree un proyecto y luego importe en él.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Importing %1</source>
        <translation>Importando %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Imported %1 (%2): %3 images, %4 captions, %5 items in the report</source>
        <translation>Se importó %1 (%2): %3 imágenes, %4 descripciones, %5 elementos en el informe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The import stopped: %1</source>
        <translation>La importación se detuvo: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The import was cancelled; the project is as it was.</source>
        <translation>Se canceló la importación; el proyecto no ha cambiado.</translation>
    </message>
</context>
<context>
    <name>clipft::ui::ImageDetailPane</name>
    <message>
        <location filename="../ui/pages/data/image_detail_pane.cpp" line="+35"/>
        <source>Captions</source>
        <translation>Descripciones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Double-click a caption (or press F2) to edit it</source>
        <translation>Haga doble clic en una descripción (o pulse F2) para editarla</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove caption</source>
        <translation>Quitar descripción</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove image…</source>
        <translation>Quitar imagen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take the image and its captions out of the dataset (the file stays on disk)</source>
        <translation>Sacar la imagen y sus descripciones del conjunto de datos (el archivo permanece en el disco)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Choose an image in the grid</source>
        <translation>Elija una imagen en la cuadrícula</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 × %2 pixels · %3 · %4</source>
        <translation>%1 × %2 píxeles · %3 · %4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in no split</source>
        <translation>en ninguna partición</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>This image cannot be read.</source>
        <translation>Esta imagen no se puede leer.</translation>
    </message>
</context>
<context>
    <name>clipft::ui::ImportDialog</name>
    <message>
        <location filename="../ui/pages/data/import_dialog.cpp" line="+42"/>
        <source>Folder with caption files</source>
        <translation>Carpeta con archivos de descripciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV / TSV table</source>
        <translation>Tabla CSV / TSV</translation>
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
        <translation>Descripciones de MS-COCO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Karpathy splits (JSON)</source>
        <translation>Particiones de Karpathy (JSON)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CLIP_benchmark retrieval file</source>
        <translation>Archivo de recuperación de CLIP_benchmark</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Import captioned images</source>
        <translation>Importar imágenes con descripciones</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A folder, or an annotation file (CSV, JSONL, Flickr, COCO, Karpathy)</source>
        <translation>Una carpeta o un archivo de anotaciones (CSV, JSONL, Flickr, COCO, Karpathy)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folder…</source>
        <translation>Carpeta…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File…</source>
        <translation>Archivo…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Path:</source>
        <translation>Ruta:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Detect automatically</source>
        <translation>Detectar automáticamente</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Format:</source>
        <translation>Formato:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Detected:</source>
        <translation>Detectado:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Found:</source>
        <translation>Encontrado:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dataset</source>
        <translation>Conjunto de datos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name in the project:</source>
        <translation>Nombre en el proyecto:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Where the format keeps them, beside the annotations</source>
        <translation>Donde las guarda el formato, junto a las anotaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The folder the annotations&apos; image names start from (clipft import --images)</source>
        <translation>La carpeta desde la que parten los nombres de imagen de las anotaciones (clipft import --images)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Images folder:</source>
        <translation>Carpeta de imágenes:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Splits</source>
        <translation>Particiones</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The same seed gives every image the same split on every import</source>
        <translation>La misma semilla asigna a cada imagen la misma partición en cada importación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training:</source>
        <translation>Entrenamiento:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Validation:</source>
        <translation>Validación:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test:</source>
        <translation>Prueba:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed:</source>
        <translation>Semilla:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From the header line</source>
        <translation>Según la línea de encabezado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comma</source>
        <translation>Coma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tab</source>
        <translation>Tabulación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Semicolon</source>
        <translation>Punto y coma</translation>
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
        <translation>Separador:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image column:</source>
        <translation>Columna de imagen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caption column:</source>
        <translation>Columna de descripción:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Images</source>
        <translation>Imágenes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images with a shorter side are left out and reported as too small</source>
        <translation>Las imágenes con un lado más corto que este se omiten y se registran como demasiado pequeñas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As the format does</source>
        <translation>Según el formato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep byte-identical images</source>
        <translation>Conservar las imágenes idénticas byte a byte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop byte-identical images</source>
        <translation>Descartar las imágenes idénticas byte a byte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By default published benchmarks keep theirs, so that their counts and recall are the published ones; other sources drop them</source>
        <translation>De forma predeterminada, los benchmarks publicados conservan las suyas, para que sus recuentos y su recall coincidan con los publicados; los demás orígenes las descartan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minimum side:</source>
        <translation>Lado mínimo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicates:</source>
        <translation>Duplicados:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Import a folder of captioned images</source>
        <translation>Importar una carpeta de imágenes con descripciones</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import an annotation file</source>
        <translation>Importar un archivo de anotaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annotations (*.csv *.tsv *.jsonl *.json *.txt *.token);;All files (*)</source>
        <translation>Anotaciones (*.csv *.tsv *.jsonl *.json *.txt *.token);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The folder of the images</source>
        <translation>La carpeta de las imágenes</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Choose a folder or an annotation file.</source>
        <translation>Elija una carpeta o un archivo de anotaciones.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Looking at %1…</source>
        <translation>Examinando %1…</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Nothing to import here.</source>
        <translation>Aquí no hay nada que importar.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 image names, %2 captions</source>
        <translation>%1 nombres de imagen, %2 descripciones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, its own splits (%1 training, %2 validation, %3 test)</source>
        <translation>, con particiones propias (%1 de entrenamiento, %2 de validación, %3 de prueba)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, no splits of its own</source>
        <translation>, sin particiones propias</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No problem in the annotations.</source>
        <translation>No hay problemas en las anotaciones.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n problem(s) in the annotations, listed in the report after the import.</source>
        <translation>
            <numerusform>%n problema en las anotaciones; aparecerá en el informe tras la importación.</numerusform>
            <numerusform>%n problemas en las anotaciones; aparecerán en el informe tras la importación.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The images are opened and checked during the import.</source>
        <translation>Las imágenes se abren y se comprueban durante la importación.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Only CSV and JSON Lines sources have columns to choose</source>
        <translation>Solo los orígenes CSV y JSON Lines tienen columnas que elegir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The source has its own splits; they are kept.</source>
        <translation>El origen tiene sus propias particiones; se conservan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images are assigned to splits by these shares; the same seed always gives the same assignment.</source>
        <translation>Las imágenes se asignan a las particiones según estas proporciones; la misma semilla siempre da la misma asignación.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose a folder or an annotation file to import.</source>
        <translation>Elija una carpeta o un archivo de anotaciones para importar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading the annotations…</source>
        <translation>Leyendo las anotaciones…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This source cannot be imported as it is: see above.</source>
        <translation>Este origen no se puede importar tal como está: consulte más arriba.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the dataset a name.</source>
        <translation>Asigne un nombre al conjunto de datos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The project already has a dataset named %1; choose another name.</source>
        <translation>El proyecto ya tiene un conjunto de datos llamado %1; elija otro nombre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The splits add up to %1 %; they must add up to 100 %.</source>
        <translation>Las particiones suman %1 %; deben sumar 100 %.</translation>
    </message>
</context>
<context>
    <name>clipft::ui::JobStatusWidget</name>
    <message>
        <location filename="../ui/widgets/job_status_widget.cpp" line="+28"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the background job; what was stored before it stays as it was</source>
        <translation>Detener la tarea en segundo plano; lo que ya estaba guardado no cambia</translation>
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
        <translation>quedan %1</translation>
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
        <translation>paso</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Show everything</source>
        <translation>Mostrar todo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export as PNG, PDF or CSV…</source>
        <translation>Exportar como PNG, PDF o CSV…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export the chart</source>
        <translation>Exportar el gráfico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG image (*.png);;PDF document (*.pdf);;CSV data (*.csv)</source>
        <translation>Imagen PNG (*.png);;Documento PDF (*.pdf);;Datos CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot write %1</source>
        <translation>No se puede escribir %1</translation>
    </message>
</context>
<context>
    <name>clipft::ui::ModelPage</name>
    <message>
        <location filename="../ui/pages/model/model_page.cpp" line="+51"/>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Layout</source>
        <translation>Estructura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image tower</source>
        <translation>Codificador de imagen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ViT: %1 layers, width %2, %3 heads, patch %4, %5×%5 images</source>
        <translation>ViT: %1 capas, ancho %2, %3 cabezas, parche %4, imágenes de %5×%5</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Text tower</source>
        <translation>Codificador de texto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 layers, width %2, %3 heads, context %4, vocabulary %5</source>
        <translation>%1 capas, ancho %2, %3 cabezas, contexto %4, vocabulario %5</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Embedding</source>
        <translation>Embedding</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 dimensions</source>
        <translation>%1 dimensiones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activation</source>
        <translation>Función de activación</translation>
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
        <translation>Parámetros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tokenizer</source>
        <translation>Tokenizador</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>sentencepiece</source>
        <translation>sentencepiece</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CLIP byte-level BPE</source>
        <translation>BPE a nivel de byte de CLIP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preprocessing</source>
        <translation>Preprocesamiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>resize the shortest side to %1 (bicubic, antialiased), centre crop, mean (%2, %3, %4), std (%5, %6, %7)</source>
        <translation>redimensionar el lado más corto a %1 (bicúbico, con antialiasing), recorte centrado, media (%2, %3, %4), desviación típica (%5, %6, %7)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fingerprint</source>
        <translation>Huella digital</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size on disk</source>
        <translation>Tamaño en disco</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Open model folder…</source>
        <translation>Abrir carpeta de modelo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An open_clip folder (open_clip_config.json + open_clip_model.safetensors) or a transformers folder (config.json + model.safetensors), with its tokenizer files</source>
        <translation>Una carpeta de open_clip (open_clip_config.json + open_clip_model.safetensors) o de transformers (config.json + model.safetensors), con sus archivos de tokenizador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Model:</source>
        <translation>Modelo:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Known architectures, and where to get real weights</source>
        <translation>Arquitecturas conocidas y dónde obtener pesos reales</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Architecture</source>
        <translation>Arquitectura</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>open_clip layout</source>
        <translation>Estructura open_clip</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>transformers layout</source>
        <translation>Estructura transformers</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Download the files of a Hugging Face repository above (&quot;Files and versions&quot;) into a folder, then open it here.</source>
        <translation>Descargue en una carpeta los archivos de uno de los repositorios de Hugging Face anteriores («Files and versions») y ábrala aquí.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Compute for this project&apos;s jobs</source>
        <translation>Cálculo para las tareas de este proyecto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Automatic (%1)</source>
        <translation>Automático (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU (%1)</source>
        <translation>CPU (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CUDA device %1</source>
        <translation>Dispositivo CUDA %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No CUDA device is visible to this build (see Help &gt; About)</source>
        <translation>Esta compilación no ve ningún dispositivo CUDA (consulte Ayuda &gt; Acerca de)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>fp16 (amp, with loss scaling) and bf16 autocast need a CUDA device; on the CPU training runs in fp32</source>
        <translation>fp16 (amp, con escalado de la pérdida) y el autocast bf16 necesitan un dispositivo CUDA; en la CPU se entrena en fp32</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>all cores</source>
        <translation>todos los núcleos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Threads for work on the CPU (clipft&apos;s --threads)</source>
        <translation>Hilos para el trabajo en la CPU (--threads de clipft)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device:</source>
        <translation>Dispositivo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Precision:</source>
        <translation>Precisión:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU threads:</source>
        <translation>Hilos de CPU:</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>fp32</source>
        <translation>fp32</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>amp (fp16 with loss scaling)</source>
        <translation>amp (fp16 con escalado de la pérdida)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bf16</source>
        <translation>bf16</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Open a model folder</source>
        <translation>Abrir una carpeta de modelo</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Built-in demo model</source>
        <translation>Modelo de demostración integrado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading %1…</source>
        <translation>Leyendo %1…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading model %1</source>
        <translation>Leyendo el modelo %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;This folder cannot be used:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;No se puede usar esta carpeta:&lt;/b&gt; %1</translation>
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
        <translation>La imagen de la propia consulta</translation>
    </message>
</context>
<context>
    <name>clipft::ui::RunsPage</name>
    <message>
        <location filename="../ui/pages/runs/runs_page.cpp" line="+141"/>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy settings to Train</source>
        <translation>Copiar la configuración a Entrenamiento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fill the Train page&apos;s form with this run&apos;s dataset, model and settings</source>
        <translation>Rellenar el formulario de la página Entrenamiento con el conjunto de datos, el modelo y la configuración de este entrenamiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open in Search</source>
        <translation>Abrir en Búsqueda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search with this run&apos;s model beside the pre-trained one</source>
        <translation>Buscar con el modelo de este entrenamiento junto al preentrenado</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+89"/>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Curves</source>
        <translation>Curvas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Evaluations</source>
        <translation>Evaluaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export</source>
        <translation>Exportación</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Stopped, because “%1” started.</source>
        <translation>Detenido porque se inició «%1».</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Recall on the right axis:</source>
        <translation>Recall en el eje derecho:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ctrl+click runs in the table to overlay them</source>
        <translation>Ctrl+clic en entrenamientos de la tabla para superponerlos</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+429"/>
        <source>Loss and recall</source>
        <translation>Pérdida y recall</translation>
    </message>
    <message>
        <location line="-403"/>
        <source>Model:</source>
        <translation>Modelo:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>WiSE-FT: the exported weights are (1 − α)·pre-trained + α·fine-tuned. α 1 is the fine-tuned model as trained; a smaller α keeps more of what the pre-trained model knew.</source>
        <translation>WiSE-FT: los pesos exportados son (1 − α)·preentrenado + α·ajustado. α 1 es el modelo ajustado tal como se entrenó; un α menor conserva más de lo que sabía el modelo preentrenado.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>WiSE-FT α:</source>
        <translation>WiSE-FT α:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1: the fine-tuned model as trained · 0: the pre-trained model · between: a mix of their weights, which often keeps most of the gain and more of what the pre-trained model knew.</source>
        <translation>1: el modelo ajustado tal como se entrenó · 0: el modelo preentrenado · entre ambos: una mezcla de sus pesos, que a menudo conserva la mayor parte de la mejora y más de lo que sabía el modelo preentrenado.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Export model…</source>
        <translation>Exportar modelo…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the model as an open_clip folder (open_clip_config.json, open_clip_model.safetensors and the tokenizer), at the chosen α</source>
        <translation>Escribir el modelo como carpeta de open_clip (open_clip_config.json, open_clip_model.safetensors y el tokenizador), con el α elegido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export report…</source>
        <translation>Exportar informe…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A PDF and an HTML page with the before/after table, the charts, the settings, the dataset and the evaluations (also as CSV)</source>
        <translation>Un PDF y una página HTML con la tabla de antes y después, los gráficos, la configuración, el conjunto de datos y las evaluaciones (también en CSV)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;b&gt;Recall at each α&lt;/b&gt; on the val split</source>
        <translation>&lt;b&gt;Recall con cada α&lt;/b&gt; en la partición de validación</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>α</source>
        <translation>α</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Click a row to export at its α</source>
        <translation>Haga clic en una fila para exportar con su α</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Preview recall at each α</source>
        <translation>Previsualizar el recall con cada α</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evaluates the mixes at α 0, 0.25, 0.5, 0.75 and 1 on the dataset&apos;s val split, in the background</source>
        <translation>Evalúa las mezclas con α 0; 0,25; 0,5; 0,75 y 1 en la partición de validación del conjunto de datos, en segundo plano</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Open or create a project to see its training runs.</source>
        <translation>Abra o cree un proyecto para ver sus entrenamientos.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The runs cannot be read: %1</source>
        <translation>No se pueden leer los entrenamientos: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No runs yet. Train a model on the Train page, and its run appears here.</source>
        <translation>Aún no hay entrenamientos. Entrene un modelo en la página Entrenamiento y su entrenamiento aparecerá aquí.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n entrenamiento</numerusform>
            <numerusform>%n entrenamientos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n training now</source>
        <translation>
            <numerusform>%n entrenando ahora</numerusform>
            <numerusform>%n entrenando ahora</numerusform>
        </translation>
    </message>
    <message>
        <location line="+94"/>
        <source>The run&apos;s records cannot be read: %1</source>
        <translation>No se pueden leer los registros del entrenamiento: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Select a run to export its model or its report.</source>
        <translation>Seleccione un entrenamiento para exportar su modelo o su informe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a run to see its curves, settings and evaluations; select several to compare them.</source>
        <translation>Seleccione un entrenamiento para ver sus curvas, configuración y evaluaciones; seleccione varios para compararlos.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&lt;b&gt;Run %1&lt;/b&gt; · %2 · %3</source>
        <translation>&lt;b&gt;Entrenamiento %1&lt;/b&gt; · %2 · %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>image R@5 %1 → &lt;b&gt;%2&lt;/b&gt; (%3)</source>
        <translation>imagen R@5 %1 → &lt;b&gt;%2&lt;/b&gt; (%3)</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n run(s) overlaid</source>
        <translation>
            <numerusform>%n entrenamiento superpuesto</numerusform>
            <numerusform>%n entrenamientos superpuestos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Run %1 has no evaluation yet (it evaluates on its dataset&apos;s val split).</source>
        <translation>El entrenamiento %1 aún no tiene ninguna evaluación (se evalúa en la partición de validación de su conjunto de datos).</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Run %1: %n evaluation(s), on the val split unless the split says otherwise.</source>
        <translation>
            <numerusform>Entrenamiento %1: %n evaluación, en la partición de validación salvo que la columna Partición indique otra cosa.</numerusform>
            <numerusform>Entrenamiento %1: %n evaluaciones, en la partición de validación salvo que la columna Partición indique otra cosa.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;Run %1&lt;/b&gt; · %2</source>
        <translation>&lt;b&gt;Entrenamiento %1&lt;/b&gt; · %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The best there is</source>
        <translation>El mejor disponible</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Best model (step %1)</source>
        <translation>Mejor modelo (paso %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Best model</source>
        <translation>Mejor modelo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Final model</source>
        <translation>Modelo final</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last checkpoint</source>
        <translation>Último punto de control</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No model on disk</source>
        <translation>Ningún modelo en el disco</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No preview yet: it evaluates each mix on the val split (five evaluations).</source>
        <translation>Aún no hay vista previa: evalúa cada mezcla en la partición de validación (cinco evaluaciones).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previewed %1. α 1 is the fine-tuned model, α 0 the pre-trained one.</source>
        <translation>Vista previa del %1. α 1 es el modelo ajustado; α 0, el preentrenado.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>step</source>
        <translation>paso</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>training loss</source>
        <translation>pérdida de entrenamiento</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (val split)</source>
        <translation>%1 (partición de validación)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 loss</source>
        <translation>%1 – pérdida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 loss (smoothed)</source>
        <translation>%1 – pérdida (suavizada)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Continue run %1 from its last checkpoint on the Train page</source>
        <translation>Continuar el entrenamiento %1 desde su último punto de control en la página Entrenamiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A stopped or interrupted run can be continued</source>
        <translation>Se puede continuar un entrenamiento detenido o interrumpido</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delete the selected runs with their checkpoints and models (after asking)</source>
        <translation>Eliminar los entrenamientos seleccionados con sus puntos de control y modelos (tras confirmarlo)</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Run %1 is %2: only a stopped or interrupted run can be continued.</source>
        <translation>El entrenamiento %1 está en estado «%2»: solo se puede continuar un entrenamiento detenido o interrumpido.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>run %1 “%2”</source>
        <translation>entrenamiento %1 «%2»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A run that is training cannot be deleted; stop it first.</source>
        <translation>No se puede eliminar un entrenamiento en curso; deténgalo primero.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete when “%1” has finished.</source>
        <translation>Elimine cuando «%1» haya terminado.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete runs</source>
        <translation>Eliminar entrenamientos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete %1?</source>
        <translation>¿Eliminar %1?</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete these %n runs?</source>
        <translation>
            <numerusform>¿Eliminar %n entrenamiento?</numerusform>
            <numerusform>¿Eliminar estos %n entrenamientos?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Its metrics, evaluations and checkpoints leave the project, and its checkpoint and models are deleted from %1. This cannot be undone.</source>
        <translation>Sus métricas, evaluaciones y puntos de control salen del proyecto, y su punto de control y sus modelos se eliminan de %1. Esta acción no se puede deshacer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Their metrics, evaluations and checkpoints leave the project, and their checkpoints and models are deleted from their output folders. This cannot be undone.

%1</source>
        <translation>Sus métricas, evaluaciones y puntos de control salen del proyecto, y sus puntos de control y modelos se eliminan de sus carpetas de salida. Esta acción no se puede deshacer.

%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Deleting failed: %1</source>
        <translation>La eliminación falló: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Deleted %n run(s).</source>
        <translation>
            <numerusform>Se eliminó %n entrenamiento.</numerusform>
            <numerusform>Se eliminaron %n entrenamientos.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kept %1: it holds other files.</source>
        <translation>Se conservó %1: contiene otros archivos.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Export when “%1” has finished.</source>
        <translation>Exporte cuando «%1» haya terminado.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Exporting run %1 as a WiSE-FT mix at α %2…</source>
        <translation>Exportando el entrenamiento %1 como mezcla WiSE-FT con α %2…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exporting run %1…</source>
        <translation>Exportando el entrenamiento %1…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Run %1&apos;s model (%2, α %3) is in %4, in the open_clip layout.</source>
        <translation>El modelo del entrenamiento %1 (%2, α %3) está en %4, con la estructura open_clip.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The export failed: %1</source>
        <translation>La exportación falló: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The export was cancelled; the folder holds what it held before.</source>
        <translation>Se canceló la exportación; la carpeta contiene lo que contenía antes.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Preview when “%1” has finished.</source>
        <translation>Previsualice cuando «%1» haya terminado.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Run %1 has no model on disk to mix.</source>
        <translation>El entrenamiento %1 no tiene ningún modelo en el disco que mezclar.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Previewing run %1&apos;s recall at each WiSE-FT α…</source>
        <translation>Previsualizando el recall del entrenamiento %1 con cada α de WiSE-FT…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Previewed just now. α 1 is the fine-tuned model, α 0 the pre-trained one.</source>
        <translation>Vista previa recién generada. α 1 es el modelo ajustado; α 0, el preentrenado.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Previewed %n mix(es) of run %1 on the val split.</source>
        <translation>
            <numerusform>Se previsualizó %n mezcla del entrenamiento %1 en la partición de validación.</numerusform>
            <numerusform>Se previsualizaron %n mezclas del entrenamiento %1 en la partición de validación.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The preview failed: %1</source>
        <translation>La vista previa falló: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The preview was cancelled.</source>
        <translation>Se canceló la vista previa.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The report cannot be made: %1</source>
        <translation>No se puede generar el informe: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The report of run %1 is in %2.</source>
        <translation>El informe del entrenamiento %1 está en %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The report of run %1 is in %2 and %3 (with its charts and the evaluations as CSV beside it).</source>
        <translation>El informe del entrenamiento %1 está en %2 y %3 (junto a sus gráficos y las evaluaciones en CSV).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Export the model as a folder</source>
        <translation>Exportar el modelo como carpeta</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export the report</source>
        <translation>Exportar el informe</translation>
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
        <translation>(eliminado)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Output folder: %1</source>
        <translation>Carpeta de salida: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No evaluation yet</source>
        <translation>Aún no hay evaluaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of the best model (step %2)</source>
        <translation>%1 del mejor modelo (paso %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From the start to the last record</source>
        <translation>Desde el inicio hasta el último registro</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dataset</source>
        <translation>Conjunto de datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Best</source>
        <translation>Mejor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The best validation value of the metric the run keeps its best model by (image R@5 unless set otherwise)</source>
        <translation>El mejor valor de validación de la métrica con la que el entrenamiento elige su mejor modelo (imagen R@5 salvo que se configure otra)</translation>
    </message>
</context>
<context>
    <name>clipft::ui::SearchPage</name>
    <message>
        <location filename="../ui/pages/search/search_page.cpp" line="+133"/>
        <source>Test</source>
        <translation>Prueba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Validation</source>
        <translation>Validación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training</source>
        <translation>Entrenamiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All images</source>
        <translation>Todas las imágenes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search in:</source>
        <translation>Buscar en:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The pre-trained model, a model folder, or a training run&apos;s best or final model</source>
        <translation>El modelo preentrenado, una carpeta de modelo o el mejor modelo o el modelo final de un entrenamiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model A:</source>
        <translation>Modelo A:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Model B:</source>
        <translation>Modelo B:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>WiSE-FT α:</source>
        <translation>WiSE-FT α:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Mixes B&apos;s weights with its pre-trained model&apos;s: (1 − α)·pre-trained + α·fine-tuned. 1 is the run&apos;s model as trained; lower values keep more of what the pre-trained model knew. A dot marks the mixes already prepared.</source>
        <translation>Mezcla los pesos de B con los de su modelo preentrenado: (1 − α)·preentrenado + α·ajustado. 1 es el modelo del entrenamiento tal como se entrenó; los valores menores conservan más de lo que sabía el modelo preentrenado. Un punto marca las mezclas ya preparadas.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Describe an image, or type a caption of the split to see where its image ranks</source>
        <translation>Describa una imagen o escriba una descripción de la partición para ver en qué puesto queda su imagen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>top </source>
        <translation>top </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many images each model returns</source>
        <translation>Cuántas imágenes devuelve cada modelo</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare on split</source>
        <translation>Comparar en la partición</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Open a model folder</source>
        <translation>Abrir una carpeta de modelo</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Compare A and B on the split</source>
        <translation>Comparar A y B en la partición</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every caption of the split as a query: where its image ranks under A and under B</source>
        <translation>Cada descripción de la partición como consulta: en qué puesto queda su imagen con A y con B</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter captions</source>
        <translation>Filtrar descripciones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Press Compare to rank every caption&apos;s image under both models.</source>
        <translation>Pulse Comparar para obtener el puesto de la imagen de cada descripción con ambos modelos.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Caption</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Image</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rank under A</source>
        <translation>Puesto con A</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rank under B</source>
        <translation>Puesto con B</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Export the comparison</source>
        <translation>Exportar la comparación</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not write %1.</source>
        <translation>No se pudo escribir %1.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Open a project to search its images.</source>
        <translation>Abra un proyecto para buscar en sus imágenes.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Run %1 “%2”, best model</source>
        <translation>Entrenamiento %1 “%2”, mejor modelo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run %1 “%2”, final model</source>
        <translation>Entrenamiento %1 “%2”, modelo final</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>None (A alone)</source>
        <translation>Ninguno (solo A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Built-in demo model (pre-trained)</source>
        <translation>Modelo de demostración integrado (preentrenado)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Other model folder…</source>
        <translation>Otra carpeta de modelo…</translation>
    </message>
    <message>
        <location line="-250"/>
        <location line="+336"/>
        <source>α = %1 (ready)</source>
        <translation>α = %1 (lista)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>α = %1</source>
        <translation>α = %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The project has no dataset yet: import one on the Data page.</source>
        <translation>El proyecto aún no tiene ningún conjunto de datos: importe uno en la página Datos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose model A.</source>
        <translation>Elija el modelo A.</translation>
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
        <translation>B: ninguno</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%Ln image(s) of %1, split %2.</source>
        <translation>
            <numerusform>%Ln imagen de %1, partición %2.</numerusform>
            <numerusform>%Ln imágenes de %1, partición %2.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The search is prepared when “%1” has finished.</source>
        <translation>La búsqueda se preparará cuando termine “%1”.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Preparing the search: embedding the images not in the project&apos;s cache yet…</source>
        <translation>Preparando la búsqueda: calculando los embeddings de las imágenes que aún no están en la caché del proyecto…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Preparing the search of %1</source>
        <translation>Preparando la búsqueda en %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The search cannot be prepared: %1</source>
        <translation>No se puede preparar la búsqueda: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preparing the search was cancelled.</source>
        <translation>Se canceló la preparación de la búsqueda.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>More like %1</source>
        <translation>Más parecidas a %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Images like %1</source>
        <translation>Imágenes parecidas a %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the comparison on the split is using the models; search again when it ends</source>
        <translation>la comparación en la partición está usando los modelos; vuelva a buscar cuando termine</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This search failed: %1</source>
        <translation>Esta búsqueda falló: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Its image &lt;b&gt;%1&lt;/b&gt; ranks &lt;b&gt;%2&lt;/b&gt; under A</source>
        <translation>Su imagen &lt;b&gt;%1&lt;/b&gt; ocupa el puesto &lt;b&gt;%2&lt;/b&gt; con A</translation>
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
        <translation>sin cambios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its image &lt;b&gt;%1&lt;/b&gt;: rank %2 under A → &lt;b&gt;%3&lt;/b&gt; under B (%4)</source>
        <translation>Su imagen &lt;b&gt;%1&lt;/b&gt;: puesto %2 con A → &lt;b&gt;%3&lt;/b&gt; con B (%4)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>This is a match</source>
        <translation>Es una coincidencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the query as a caption of this image; runs that include search feedback train on it</source>
        <translation>Conservar la consulta como descripción de esta imagen; los entrenamientos que incluyen las indicaciones de búsqueda la usan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a match</source>
        <translation>No es una coincidencia</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>More like this</source>
        <translation>Más parecidas a esta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the image&apos;s path</source>
        <translation>Copiar la ruta de la imagen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The mark was not stored: %1</source>
        <translation>La marca no se guardó: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Noted: “%1” is not a match for %2.</source>
        <translation>Anotado: «%1» no corresponde a %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is now a caption of %2; runs that include search feedback train on it.</source>
        <translation>«%1» es ahora una descripción de %2; los entrenamientos que incluyen las indicaciones de búsqueda la usan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is now a caption of %2, kept with the image (split: %3); training uses the captions of training images only.</source>
        <translation>«%1» es ahora una descripción de %2 y se guarda con la imagen (partición: %3); el entrenamiento solo usa las descripciones de las imágenes de entrenamiento.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose a model B to compare with A.</source>
        <translation>Elija un modelo B para compararlo con A.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Compare when “%1” has finished.</source>
        <translation>Compare cuando «%1» haya terminado.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ranking every caption&apos;s image under A and B…</source>
        <translation>Calculando el puesto de la imagen de cada descripción con A y con B…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comparing A and B on %1</source>
        <translation>Comparando A y B en %1</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;%1&lt;/b&gt; captions&apos; images rank higher under B, &lt;b&gt;%2&lt;/b&gt; lower, %3 the same. Image recall@1 %4, @5 %5, @10 %6; text recall@5 %7.</source>
        <translation>Con B, las imágenes de &lt;b&gt;%1&lt;/b&gt; descripciones suben de puesto, &lt;b&gt;%2&lt;/b&gt; bajan y %3 se mantienen. Imágenes: recall@1 %4, @5 %5, @10 %6; textos: recall@5 %7.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The comparison failed: %1</source>
        <translation>La comparación falló: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The comparison was cancelled.</source>
        <translation>Se canceló la comparación.</translation>
    </message>
</context>
<context>
    <name>clipft::ui::StudioWindow</name>
    <message>
        <location filename="../ui/studio_window.cpp" line="+43"/>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Welcome</source>
        <translation>Bienvenida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Train</source>
        <translation>Entrenamiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search</source>
        <translation>Búsqueda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runs</source>
        <translation>Entrenamientos</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Main</source>
        <translation>Barra principal</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;New Project…</source>
        <translation>&amp;Nuevo proyecto…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open Project…</source>
        <translation>&amp;Abrir proyecto…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Close Project</source>
        <translation>&amp;Cerrar proyecto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+14"/>
        <source>Follow the system</source>
        <translation>Usar la configuración del sistema</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The language changes when clipft Studio starts again.</source>
        <translation>El idioma cambiará la próxima vez que se inicie clipft Studio.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;table cellspacing=6&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+N&lt;/b&gt;&lt;/td&gt;&lt;td&gt;New project&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+O&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Open project&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+I&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Import a folder&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Q&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Quit&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;This list&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table cellspacing=6&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+N&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Nuevo proyecto&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+O&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Abrir proyecto&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+I&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Importar una carpeta&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Q&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Salir&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Esta lista&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;About clipft Studio</source>
        <translation>Acerca &amp;de clipft Studio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About clipft Studio</source>
        <translation>Acerca de clipft Studio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;clipft Studio %1&lt;/h3&gt;&lt;p&gt;Fine-tune CLIP on your own captioned images.&lt;/p&gt;&lt;p&gt;Qt %2 · LibTorch %3 · OpenCV %4&lt;/p&gt;&lt;p&gt;Compute device: %5&lt;/p&gt;</source>
        <translation>&lt;h3&gt;clipft Studio %1&lt;/h3&gt;&lt;p&gt;Realice un ajuste fino de CLIP con sus propias imágenes y descripciones.&lt;/p&gt;&lt;p&gt;Qt %2 · LibTorch %3 · OpenCV %4&lt;/p&gt;&lt;p&gt;Dispositivo de cómputo: %5&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot open the project</source>
        <translation>No se puede abrir el proyecto</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+93"/>
        <source>A training is running</source>
        <translation>Hay un entrenamiento en curso</translation>
    </message>
    <message>
        <location line="-113"/>
        <source>A run of %1 is training. Stop it and open %2? It keeps a checkpoint to continue from.</source>
        <translation>Un entrenamiento de %1 está en curso. ¿Detenerlo y abrir %2? Conserva un punto de control desde el que continuar.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Stopping the training: it finishes its step and writes a checkpoint…</source>
        <translation>Deteniendo el entrenamiento: termina su paso y escribe un punto de control…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A run of %1 is training. Stop it and close the project? It keeps a checkpoint to continue from.</source>
        <translation>Un entrenamiento de %1 está en curso. ¿Detenerlo y cerrar el proyecto? Conserva un punto de control desde el que continuar.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>New project</source>
        <translation>Nuevo proyecto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>clipft projects (*.clipft)</source>
        <translation>Proyectos de clipft (*.clipft)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open project</source>
        <translation>Abrir proyecto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>clipft projects (*.clipft);;All files (*)</source>
        <translation>Proyectos de clipft (*.clipft);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Preparing the demo</source>
        <translation>Preparando la demostración</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The demo project is ready: a synthetic data set the demo model never saw, and one it knows.</source>
        <translation>El proyecto de demostración está listo: un conjunto de datos sintético que el modelo de demostración nunca ha visto y otro que ya conoce.</translation>
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
        <translation>Sin proyecto</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The training is still running. Stop it and quit? It keeps a checkpoint, so you can continue it from the Runs page.</source>
        <translation>El entrenamiento sigue en curso. ¿Detenerlo y salir? Conserva un punto de control, así que puede continuarlo desde la página Entrenamientos.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stopping the training: it finishes its step and writes a checkpoint, then clipft Studio quits…</source>
        <translation>Deteniendo el entrenamiento: termina su paso y escribe un punto de control; después, clipft Studio se cierra…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A job is running</source>
        <translation>Hay una tarea en curso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is still running. Stop it and quit? What it has not finished is not stored.</source>
        <translation>«%1» sigue en curso. ¿Detenerla y salir? Lo que no haya terminado no se guardará.</translation>
    </message>
</context>
<context>
    <name>clipft::ui::TrainPage</name>
    <message>
        <location filename="../ui/pages/train/train_page.cpp" line="+175"/>
        <source>Paused at step %1.</source>
        <translation>En pausa en el paso %1.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resumed at step %1.</source>
        <translation>Reanudado en el paso %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>evaluating: %1 %2/%3</source>
        <translation>evaluando: %1 %2/%3</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Save…</source>
        <translation>Guardar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save these settings as a JSON file</source>
        <translation>Guardar esta configuración en un archivo JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load…</source>
        <translation>Cargar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load settings from a JSON file</source>
        <translation>Cargar la configuración desde un archivo JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy as command line</source>
        <translation>Copiar como línea de comandos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copies the exact clipft train command for these settings, to run them on a server</source>
        <translation>Copia el comando clipft train exacto para esta configuración, para ejecutarla en un servidor</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Copied: %1</source>
        <translation>Copiado: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+536"/>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <location line="-535"/>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stops the run between two steps and keeps a checkpoint to continue from</source>
        <translation>Detiene el entrenamiento entre dos pasos y conserva un punto de control desde el que continuar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continues the stopped run from its checkpoint</source>
        <translation>Continúa el entrenamiento detenido desde su punto de control</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the settings and press Start.</source>
        <translation>Elija la configuración y pulse Iniciar.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Training loss</source>
        <translation>Pérdida de entrenamiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <location line="+4"/>
        <location line="+4"/>
        <source>step</source>
        <translation>paso</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+1"/>
        <source>loss</source>
        <translation>pérdida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>smoothed</source>
        <translation>suavizada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Validation recall</source>
        <translation>Recall de validación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recall</source>
        <translation>recall</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Learning rate and temperature</source>
        <translation>Tasa de aprendizaje y temperatura</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>learning rate</source>
        <translation>tasa de aprendizaje</translation>
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
        <translation>Pérdida de validación y rendimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>validation loss</source>
        <translation>pérdida de validación</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+2"/>
        <source>samples/s</source>
        <translation>muestras/s</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Smoothing</source>
        <translation>Suavizado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exponential moving average of the training loss, as TensorBoard smooths</source>
        <translation>Media móvil exponencial de la pérdida de entrenamiento, como suaviza TensorBoard</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wheel: zoom · drag: pan · double-click: show all · right-click: export</source>
        <translation>Rueda: zoom · arrastrar: desplazar · doble clic: mostrar todo · clic derecho: exportar</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+235"/>
        <source>Probe queries</source>
        <translation>Consultas de prueba</translation>
    </message>
    <message>
        <location line="-233"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+286"/>
        <source>Log</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location line="-266"/>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image recall@1</source>
        <translation>Imágenes: recall@1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Image recall@5</source>
        <translation>Imágenes: recall@5</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Image recall@10</source>
        <translation>Imágenes: recall@10</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text recall@1</source>
        <translation>Textos: recall@1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Text recall@5</source>
        <translation>Textos: recall@5</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Text recall@10</source>
        <translation>Textos: recall@10</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Open in Runs</source>
        <translation>Abrir en Entrenamientos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare in Search</source>
        <translation>Comparar en Búsqueda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The pre-trained model beside this run&apos;s best model, on the Search page</source>
        <translation>El modelo preentrenado junto al mejor modelo de este entrenamiento, en la página Búsqueda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to the probes</source>
        <translation>Volver a las consultas de prueba</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&lt;b&gt;Probe queries&lt;/b&gt; — the top 5 validation images at each evaluation; the true image is outlined</source>
        <translation>&lt;b&gt;Consultas de prueba&lt;/b&gt; — las 5 mejores imágenes de validación en cada evaluación; la imagen correcta aparece recuadrada</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the text queries shown here, one per line</source>
        <translation>Elegir las consultas de texto que se muestran aquí, una por línea</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Built-in demo model</source>
        <translation>Modelo de demostración integrado</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>Text queries, one per line. They apply from the next run on.</source>
        <translation>Consultas de texto, una por línea. Se aplican a partir del próximo entrenamiento.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a model folder</source>
        <translation>Elegir una carpeta de modelo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save the training settings</source>
        <translation>Guardar la configuración del entrenamiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Load training settings</source>
        <translation>Cargar configuración de entrenamiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>Archivos JSON (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 holds no usable settings: %2</source>
        <translation>%1 no contiene ninguna configuración utilizable: %2</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Training %1 from %2 on %3.</source>
        <translation>Entrenamiento con %1 a partir de %2 en %3.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Continuing run %1 “%2” from its checkpoint.</source>
        <translation>Continuando el entrenamiento %1 «%2» desde su punto de control.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The form holds the settings of run %1 “%2”.</source>
        <translation>El formulario contiene la configuración del entrenamiento %1 «%2».</translation>
    </message>
    <message>
        <source>Run %1 “%2”: %3</source>
        <translation type="vanished">Entrenamiento %1 «%2»: %3</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Stopping: the run ends after this step, with a checkpoint to continue from.</source>
        <translation>Deteniendo: el entrenamiento termina tras este paso, con un punto de control desde el que continuar.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Step %1: %2 step(s) skipped so far for a NaN or infinite loss.</source>
        <translation>Paso %1: %2 paso(s) omitido(s) hasta ahora por una pérdida NaN o infinita.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>pre-trained %1 %2</source>
        <translation>preentrenado %1 %2</translation>
    </message>
    <message>
        <location line="-747"/>
        <location line="+747"/>
        <source>image R@5</source>
        <translation>imagen R@5</translation>
    </message>
    <message>
        <location line="-748"/>
        <source>image R@1</source>
        <translation>imagen R@1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>image R@10</source>
        <translation>imagen R@10</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text R@1</source>
        <translation>texto R@1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+744"/>
        <source>text R@5</source>
        <translation>texto R@5</translation>
    </message>
    <message>
        <location line="-743"/>
        <source>text R@10</source>
        <translation>texto R@10</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Run %1 is not in the project any more.</source>
        <translation>El entrenamiento %1 ya no está en el proyecto.</translation>
    </message>
    <message>
        <location line="+616"/>
        <source>completed</source>
        <translation>completado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stopped; it can be continued</source>
        <translation>detenido; se puede continuar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>interrupted (its process ended); it can be continued</source>
        <translation>interrumpido (su proceso terminó); se puede continuar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed: %1</source>
        <translation>fallido: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>training in another process</source>
        <translation>entrenando en otro proceso</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Run %1 “%2”: %3 · %Ln step(s)</source>
        <translation>
            <numerusform>Entrenamiento %1 «%2»: %3 · %Ln paso</numerusform>
            <numerusform>Entrenamiento %1 «%2»: %3 · %Ln pasos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Step %1: image recall@5 %2, text recall@5 %3%4</source>
        <translation>Paso %1: imágenes recall@5 %2, textos recall@5 %3%4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (best so far)</source>
        <translation> (el mejor hasta ahora)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>true image at rank %1</source>
        <translation>imagen correcta en el puesto %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a caption of the val split</source>
        <translation>no es una descripción de la partición de validación</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Its top 5 images appear at the next evaluation of a run.</source>
        <translation>Sus 5 mejores imágenes aparecerán en la próxima evaluación de un entrenamiento.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1
rank %2 · score %3</source>
        <translation>%1
puesto %2 · puntuación %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No probe queries: the validation split has no captions to take them from. Choose Edit… to write some.</source>
        <translation>No hay consultas de prueba: la partición de validación no tiene descripciones de las que tomarlas. Elija Editar… para escribir algunas.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>step %1/%2</source>
        <translation>paso %1/%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>epoch %1</source>
        <translation>época %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 samples/s</source>
        <translation>%1 muestras/s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ETA %1</source>
        <translation>tiempo restante %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ETA …</source>
        <translation>tiempo restante …</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>starting…</source>
        <translation>iniciando…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>memory %1 MiB</source>
        <translation>memoria %1 MiB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Run %1 stopped at step %2. Continue it here or from the Runs page.</source>
        <translation>El entrenamiento %1 se detuvo en el paso %2. Continúelo aquí o desde la página Entrenamientos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run %1 stopped early at step %2 (no more improvement).</source>
        <translation>El entrenamiento %1 se detuvo antes de tiempo en el paso %2 (sin más mejoras).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run %1 completed %2 steps in %3.</source>
        <translation>El entrenamiento %1 completó %2 pasos en %3.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The training failed.</source>
        <translation>El entrenamiento falló.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>warning: </source>
        <translation>advertencia: </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Log (%n warning(s))</source>
        <translation>
            <numerusform>Registro (%n advertencia)</numerusform>
            <numerusform>Registro (%n advertencias)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&lt;p style=&apos;font-size:large&apos;&gt;&lt;b&gt;Image recall@5: %1 → %2 (%3)&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Model: %4&lt;br&gt;Dataset: %5 (val split)&lt;br&gt;Best step: %6 · Duration: %7&lt;/p&gt;&lt;p&gt;“Before” is the pre-trained model (the evaluation at step 0), “after” the run&apos;s best model, as the Finetuner study reported them.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;font-size:large&apos;&gt;&lt;b&gt;recall@5 de imágenes: %1 → %2 (%3)&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Modelo: %4&lt;br&gt;Conjunto de datos: %5 (partición de validación)&lt;br&gt;Mejor paso: %6 · Duración: %7&lt;/p&gt;&lt;p&gt;«Antes» es el modelo preentrenado (la evaluación en el paso 0) y «Después», el mejor modelo del entrenamiento, tal como los presentó el estudio de Finetuner.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Result of run %1</source>
        <translation>Resultado del entrenamiento %1</translation>
    </message>
</context>
<context>
    <name>clipft::ui::TrainingForm</name>
    <message>
        <location filename="../ui/pages/train/training_form.cpp" line="+49"/>
        <source>Quick CPU demo</source>
        <translation>Demostración rápida en CPU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finetuner study (lr 1e-6, 5 epochs)</source>
        <translation>Estudio de Finetuner (lr 1e-6, 5 épocas)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Small data set (image tower locked)</source>
        <translation>Conjunto de datos pequeño (codificador de imagen congelado)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A short run sized for a laptop CPU: a high learning rate and frequent evaluations, so that the charts move within a minute or two on the demo.</source>
        <translation>Un entrenamiento corto pensado para la CPU de un portátil: una tasa de aprendizaje alta y evaluaciones frecuentes, para que los gráficos se muevan en uno o dos minutos con la demostración.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The settings of Jina AI&apos;s Finetuner study: a learning rate of 1e-6 for 5 epochs. Gentle, for real photos and a pre-trained model worth keeping.</source>
        <translation>La configuración del estudio Finetuner de Jina AI: una tasa de aprendizaje de 1e-6 durante 5 épocas. Suave, para fotos reales y un modelo preentrenado que merece conservarse.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only the text tower learns: with a few hundred images, training the image tower too mostly memorises them.</source>
        <translation>Solo aprende el codificador de texto: con unos cientos de imágenes, entrenar también el codificador de imagen sobre todo las memoriza.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Image recall@5 (text → image)</source>
        <translation>Imágenes: recall@5 (texto → imagen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image recall@1 (text → image)</source>
        <translation>Imágenes: recall@1 (texto → imagen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image recall@10 (text → image)</source>
        <translation>Imágenes: recall@10 (texto → imagen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text recall@5 (image → text)</source>
        <translation>Textos: recall@5 (imagen → texto)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text recall@1 (image → text)</source>
        <translation>Textos: recall@1 (imagen → texto)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Validation loss (lower is better)</source>
        <translation>Pérdida de validación (cuanto menor, mejor)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Custom</source>
        <translation>Personalizado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fills the form with settings known to work; any field can be changed afterwards.</source>
        <translation>Rellena el formulario con una configuración que se sabe que funciona; cualquier campo se puede cambiar después.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preset</source>
        <translation>Ajuste predefinido</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+84"/>
        <source>Advanced</source>
        <translation>Avanzado</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>Basic</source>
        <translation>Básico</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The data set to train on: its train split is trained on, its val split evaluated.</source>
        <translation>El conjunto de datos con el que entrenar: se entrena con su partición de entrenamiento y se evalúa con la de validación.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dataset</source>
        <translation>Conjunto de datos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The pre-trained model to start from: an open_clip or Hugging Face transformers folder.</source>
        <translation>El modelo preentrenado del que partir: una carpeta de open_clip o de Hugging Face transformers.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a model folder</source>
        <translation>Elegir una carpeta de modelo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Passes over the training images.</source>
        <translation>Pasadas sobre las imágenes de entrenamiento.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Epochs</source>
        <translation>Épocas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>by epochs</source>
        <translation>según las épocas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Train exactly this many optimizer steps, whatever the epochs say. (clipft only)</source>
        <translation>Entrenar exactamente este número de pasos del optimizador, digan lo que digan las épocas. (solo clipft)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The peak learning rate, reached after the warmup and then decayed on a cosine.</source>
        <translation>La tasa de aprendizaje máxima, alcanzada tras el calentamiento y luego reducida según un coseno.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+294"/>
        <source>Learning rate</source>
        <translation>Tasa de aprendizaje</translation>
    </message>
    <message>
        <location line="-291"/>
        <source>Images per batch; every other image of the batch is a negative for the contrastive loss.</source>
        <translation>Imágenes por lote; cada una de las demás imágenes del lote es un negativo para la pérdida contrastiva.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Batch size</source>
        <translation>Tamaño de lote</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Batches whose embeddings are gathered before one optimizer step: a larger effective batch (more negatives) in the same memory.</source>
        <translation>Lotes cuyos embeddings se reúnen antes de un paso del optimizador: un lote efectivo mayor (más negativos) en la misma memoria.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Accumulation</source>
        <translation>Acumulación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>auto (10%, at most 500)</source>
        <translation>auto (10 %, como máximo 500)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps over which the learning rate rises linearly from 0.</source>
        <translation>Pasos durante los que la tasa de aprendizaje sube linealmente desde 0.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warmup steps</source>
        <translation>Pasos de calentamiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AdamW&apos;s decoupled weight decay, on weights only (not on biases, norms, embeddings or the temperature).</source>
        <translation>Decaimiento de pesos desacoplado de AdamW, solo sobre los pesos (no sobre sesgos, normalizaciones, embeddings ni la temperatura).</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+258"/>
        <source>Weight decay</source>
        <translation>Decaimiento de pesos</translation>
    </message>
    <message>
        <location line="-257"/>
        <source>Clips the gradients&apos; global norm to this value; 0 turns clipping off.</source>
        <translation>Recorta la norma global de los gradientes a este valor; 0 desactiva el recorte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+256"/>
        <source>Gradient clipping</source>
        <translation>Recorte de gradientes</translation>
    </message>
    <message>
        <location line="-255"/>
        <location line="+5"/>
        <source>not locked</source>
        <translation>sin congelar</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Freezes the image tower except its last N layer groups: 0 freezes all of it, 1 leaves the projection trainable, 2 also the last block.</source>
        <translation>Congela el codificador de imagen salvo sus últimos N grupos de capas: 0 lo congela entero, 1 deja entrenable la proyección y 2 también el último bloque.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lock image tower</source>
        <translation>Congelar el codificador de imagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Freezes the text tower except its last N layer groups, counted as for the image tower.</source>
        <translation>Congela el codificador de texto salvo sus últimos N grupos de capas, contados como en el codificador de imagen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lock text tower</source>
        <translation>Congelar el codificador de texto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learn the temperature</source>
        <translation>Aprender la temperatura</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trains the logit scale (the softmax temperature&apos;s inverse), clamped to at most 100 as open_clip does.</source>
        <translation>Entrena el logit scale (el inverso de la temperatura del softmax), limitado a 100 como máximo, igual que open_clip.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>always learned</source>
        <translation>siempre se aprende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logit scale</source>
        <translation>Logit scale</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fp32 (full precision)</source>
        <translation>fp32 (precisión completa)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>amp (fp16 autocast, CUDA)</source>
        <translation>amp (autocast fp16, CUDA)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bf16 (bfloat16 autocast, CUDA)</source>
        <translation>bf16 (autocast bfloat16, CUDA)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arithmetic precision. Autocast halves activation memory and speeds up a GPU; the CPU trains in fp32.</source>
        <translation>Precisión aritmética. El autocast reduce a la mitad la memoria de activaciones y acelera una GPU; en la CPU se entrena en fp32.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Precision</source>
        <translation>Precisión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>each epoch</source>
        <translation>cada época</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also evaluate on the val split every N steps (always at each epoch&apos;s end).</source>
        <translation>Evaluar también en la partición de validación cada N pasos (siempre al final de cada época).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--val-frequency (in epochs)</source>
        <translation>--val-frequency (en épocas)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluate every</source>
        <translation>Intervalo de evaluación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at evaluations</source>
        <translation>en las evaluaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the resumable checkpoint every N steps.</source>
        <translation>Escribir el punto de control reanudable cada N pasos.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>--save-frequency (in epochs)</source>
        <translation>--save-frequency (en épocas)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checkpoint every</source>
        <translation>Intervalo de puntos de control</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps between stored metrics and log lines.</source>
        <translation>Pasos entre métricas guardadas y líneas de registro.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log every</source>
        <translation>Intervalo de registro</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The validation metric that picks the best model and drives early stopping.</source>
        <translation>La métrica de validación que elige el mejor modelo y guía la parada temprana.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Best model by</source>
        <translation>Mejor modelo según</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>off</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop after this many evaluations without improvement of the best-model metric.</source>
        <translation>Detener tras este número de evaluaciones sin mejora de la métrica del mejor modelo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Early stopping</source>
        <translation>Parada temprana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The smallest change that counts as an improvement for early stopping.</source>
        <translation>El cambio mínimo que cuenta como mejora para la parada temprana.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+217"/>
        <source>Minimum improvement</source>
        <translation>Mejora mínima</translation>
    </message>
    <message>
        <location line="-216"/>
        <source>Seeds shuffling and augmentation: the same seed trains the same model.</source>
        <translation>Semilla del barajado y del aumento de datos: la misma semilla entrena el mismo modelo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Seed</source>
        <translation>Semilla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Random resized crop</source>
        <translation>Recorte aleatorio redimensionado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open_clip&apos;s training augmentation: crops of 90–100% of the image.</source>
        <translation>El aumento de datos de entrenamiento de open_clip: recortes del 90 al 100 % de la imagen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Augmentation</source>
        <translation>Aumento de datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Include my search feedback</source>
        <translation>Incluir mis indicaciones de búsqueda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also train on the captions you confirmed on the Search page (&quot;This is a match&quot;) for training images.</source>
        <translation>Entrenar también con las descripciones que confirmó en la página Búsqueda («Es una coincidencia») para imágenes de entrenamiento.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Feedback</source>
        <translation>Indicaciones</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Run</source>
        <translation>Entrenamiento</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>automatic</source>
        <translation>automático</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the run is listed on the Runs page.</source>
        <translation>Cómo aparece el entrenamiento en la página Entrenamientos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Automatic (a GPU when there is one)</source>
        <translation>Automático (una GPU si hay alguna)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Where the model trains: the CPU, or a CUDA GPU.</source>
        <translation>Dónde se entrena el modelo: en la CPU o en una GPU CUDA.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Weights, gradients, AdamW&apos;s two moments and the activations autograd keeps, for this model, batch size and precision. An estimate: allocators add some.</source>
        <translation>Pesos, gradientes, los dos momentos de AdamW y las activaciones que conserva autograd, para este modelo, tamaño de lote y precisión. Es una estimación: los asignadores de memoria añaden algo más.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Memory needed</source>
        <translation>Memoria necesaria</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 free of %2</source>
        <translation>%1 libres de %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>memory unknown</source>
        <translation>memoria desconocida</translation>
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
        <translation>%1: «%2» no es un número (escríbalo como 0.0003 o 3e-4)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: must not be negative</source>
        <translation>%1: no debe ser negativo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: must be greater than 0</source>
        <translation>%1: debe ser mayor que 0</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dataset: the project has no data set yet; import one on the Data page</source>
        <translation>Conjunto de datos: el proyecto aún no tiene ningún conjunto de datos; importe uno en la página Datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model: choose a model folder</source>
        <translation>Modelo: elija una carpeta de modelo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Precision: autocast needs a CUDA GPU; the CPU trains in fp32</source>
        <translation>Precisión: el autocast necesita una GPU CUDA; en la CPU se entrena en fp32</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>reading the model…</source>
        <translation>leyendo el modelo…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (weights %2, gradients and AdamW %3, activations %4) · %5 parameters</source>
        <translation>%1 (pesos %2, gradientes y AdamW %3, activaciones %4) · %5 parámetros</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>it is not a JSON object</source>
        <translation>no es un objeto JSON</translation>
    </message>
    <message>
        <location line="+32"/>
        <source># cannot be written as a command line: %1</source>
        <translation># no se puede escribir como línea de comandos: %1</translation>
    </message>
</context>
<context>
    <name>clipft::ui::TrainingSession</name>
    <message>
        <location filename="../ui/pages/train/training_session.cpp" line="+31"/>
        <source>images</source>
        <translation>imágenes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>captions</source>
        <translation>descripciones</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Checkpoint at step %1: %2</source>
        <translation>Punto de control en el paso %1: %2</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Training run %1</source>
        <translation>Entrenamiento %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Training</source>
        <translation>Entrenamiento</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The training was cancelled before it had started.</source>
        <translation>El entrenamiento se canceló antes de empezar.</translation>
    </message>
</context>
<context>
    <name>clipft::ui::WelcomePage</name>
    <message numerus="yes">
        <location filename="../ui/pages/welcome/welcome_page.cpp" line="+33"/>
        <source>%n dataset(s)</source>
        <translation>
            <numerusform>%n conjunto de datos</numerusform>
            <numerusform>%n conjuntos de datos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n entrenamiento</numerusform>
            <numerusform>%n entrenamientos</numerusform>
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
        <translation>Realice un ajuste fino de CLIP con sus propias imágenes y descripciones y compruebe cuánto mejora la búsqueda.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Try the demo</source>
        <translation>Probar la demostración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A project with a synthetic captioned data set and the built-in demo model, ready to train</source>
        <translation>Un proyecto con un conjunto de datos sintético con descripciones y el modelo de demostración integrado, listo para entrenar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New project…</source>
        <translation>Nuevo proyecto…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start an empty project file (.clipft)</source>
        <translation>Crear un archivo de proyecto vacío (.clipft)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open project…</source>
        <translation>Abrir proyecto…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open a project file (.clipft)</source>
        <translation>Abrir un archivo de proyecto (.clipft)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recent projects</source>
        <translation>Proyectos recientes</translation>
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
        <translation>Aún no hay proyectos recientes: pruebe la demostración o cree un proyecto nuevo.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/studio/main.cpp" line="+82"/>
        <source>Fine-tune CLIP on your own captioned images.</source>
        <translation>Realice un ajuste fino de CLIP con sus propias imágenes y descripciones.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A project file (.clipft) to open</source>
        <translation>Archivo de proyecto (.clipft) que se abrirá</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the window to FILE.png and quit</source>
        <translation>Guardar la ventana en FILE.png y salir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The page to show: welcome, data, report, model, train, train-live, train-summary, search, compare or runs</source>
        <translation>La página que se mostrará: welcome, data, report, model, train, train-live, train-summary, search, compare o runs</translation>
    </message>
    <message>
        <source>The page to show: welcome, data, report, model, search or compare</source>
        <translation type="vanished">La página que se mostrará: welcome, data, report, model, search o compare</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The dataset the Data and Search pages show</source>
        <translation>El conjunto de datos que muestran las páginas Datos y Búsqueda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A query for the Search page</source>
        <translation>Una consulta para la página Búsqueda</translation>
    </message>
    <message>
        <source>The page to show: welcome, data, report or model</source>
        <translation type="vanished">La página que se mostrará: welcome, data, report o model</translation>
    </message>
    <message>
        <source>The dataset the Data page shows</source>
        <translation type="vanished">El conjunto de datos que muestra la página Datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the import dialog on a folder or annotation file</source>
        <translation>Abrir el cuadro de diálogo de importación con una carpeta o un archivo de anotaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print how long the window took to show, and quit</source>
        <translation>Mostrar cuánto tardó la ventana en aparecer y salir</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>The window size, WIDTHxHEIGHT</source>
        <translation>Tamaño de la ventana, ANCHOxALTO</translation>
    </message>
    <message>
        <source>The page to show: welcome, data, report, model or search</source>
        <translation type="vanished">La página que se mostrará: welcome, data, report, model o search</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start with a new demo project (Try the demo)</source>
        <translation>Empezar con un nuevo proyecto de demostración (Probar la demostración)</translation>
    </message>
</context>
</TS>
