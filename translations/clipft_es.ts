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
        <location filename="../ui/studio_window.cpp" line="+59"/>
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
    <name>clipft::ui::SearchPage</name>
    <message>
        <location filename="../ui/pages/search/search_page.cpp" line="+128"/>
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
        <location line="+11"/>
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
        <location line="+73"/>
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
        <location line="+1"/>
        <source>B: %1</source>
        <translation>B: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>B: none</source>
        <translation>B: ninguno</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
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
        <location line="+18"/>
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
        <source>Search</source>
        <translation>Búsqueda</translation>
    </message>
    <message>
        <location line="+45"/>
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
        <location line="+26"/>
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
        <location line="+6"/>
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
        <location filename="../app/studio/main.cpp" line="+75"/>
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
        <source>The page to show: welcome, data, report, model, search or compare</source>
        <translation>La página que se mostrará: welcome, data, report, model, search o compare</translation>
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
