<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>JobRunner</name>
    <message>
        <location filename="../ui/jobs/job_runner.cpp" line="+94"/>
        <source>an unexpected error stopped the job</source>
        <translation>une erreur inattendue a interrompu la tâche</translation>
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
        <translation>%1, 1 thread</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1, %2 threads</source>
        <translation>%1, %2 threads</translation>
    </message>
</context>
<context>
    <name>clipft::ui::DataPage</name>
    <message>
        <location filename="../ui/pages/data/data_page.cpp" line="+77"/>
        <source>Import folder…</source>
        <translation>Importer un dossier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A folder of images with caption files (photo.jpg + photo.txt, or captions.txt / captions.csv)</source>
        <translation>Un dossier d’images avec leurs fichiers de légendes (photo.jpg + photo.txt, ou captions.txt / captions.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import annotation file…</source>
        <translation>Importer un fichier d’annotations…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV/TSV, JSONL, Flickr8k/30k, MS-COCO captions_*.json, Karpathy dataset_*.json</source>
        <translation>CSV/TSV, JSONL, Flickr8k/30k, MS-COCO captions_*.json, Karpathy dataset_*.json</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Drop a folder of images with captions here, or choose Import folder…</source>
        <translation>Déposez ici un dossier d’images avec leurs légendes, ou choisissez «&#xa0;Importer un dossier…&#xa0;»</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Dataset</source>
        <translation>Jeu de données</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+21"/>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Captions</source>
        <translation>Légendes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Right-click a dataset to rename or delete it</source>
        <translation>Clic droit sur un jeu de données pour le renommer ou le supprimer</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Import report</source>
        <translation>Rapport d’importation</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Filter the report…</source>
        <translation>Filtrer le rapport…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report:</source>
        <translation>Rapport&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the report&apos;s rows, as filtered and sorted, as a CSV file</source>
        <translation>Enregistrer les lignes du rapport, filtrées et triées telles quelles, dans un fichier CSV</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export the import report</source>
        <translation>Exporter le rapport d’importation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved the report to %1</source>
        <translation>Rapport enregistré dans %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Import a folder of captioned images</source>
        <translation>Importer un dossier d’images légendées</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import an annotation file</source>
        <translation>Importer un fichier d’annotations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annotations (*.csv *.tsv *.jsonl *.json *.txt *.token);;All files (*)</source>
        <translation>Annotations (*.csv *.tsv *.jsonl *.json *.txt *.token);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>All splits</source>
        <translation>Toutes les partitions</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In no split</source>
        <translation>Dans aucune partition</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter by caption…</source>
        <translation>Filtrer par légende…</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Remove the image</source>
        <translation>Retirer l’image</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove %1 and its captions from the dataset %2? The file stays on disk.</source>
        <translation>Retirer %1 et ses légendes du jeu de données %2&#xa0;? Le fichier reste sur le disque.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Caption saved.</source>
        <translation>Légende enregistrée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The caption was not changed: %1</source>
        <translation>La légende n’a pas été modifiée&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The caption was not removed: %1</source>
        <translation>La légende n’a pas été retirée&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The image was not removed: %1</source>
        <translation>L’image n’a pas été retirée&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Removed %1 from the dataset.</source>
        <translation>%1 a été retiré du jeu de données.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The dataset was not renamed: %1</source>
        <translation>Le jeu de données n’a pas été renommé&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The dataset was not deleted: %1</source>
        <translation>Le jeu de données n’a pas été supprimé&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deleted the dataset %1.</source>
        <translation>Le jeu de données %1 a été supprimé.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rename the dataset</source>
        <translation>Renommer le jeu de données</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New name:</source>
        <translation>Nouveau nom&#xa0;:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Delete the dataset %1 from the project? The image files stay on disk.</source>
        <translation>Supprimer le jeu de données %1 du projet&#xa0;? Les fichiers image restent sur le disque.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the dataset %1 from the project, with the runs trained on it: %2? The image files and the runs&apos; model folders stay on disk.</source>
        <translation>Supprimer du projet le jeu de données %1, avec les entraînements faits dessus&#xa0;: %2&#xa0;? Les fichiers image et les dossiers de modèles des entraînements restent sur le disque.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete the dataset</source>
        <translation>Supprimer le jeu de données</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 of %2 images</source>
        <translation>%1 images sur %2</translation>
    </message>
    <message>
        <location line="+75"/>
        <location line="+12"/>
        <source>%1 cannot be written: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>&lt;tr&gt;&lt;td&gt;%1&lt;/td&gt;&lt;td align=right&gt;%2&lt;/td&gt;&lt;td align=right&gt;%3&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;%1&lt;/td&gt;&lt;td align=right&gt;%2&lt;/td&gt;&lt;td align=right&gt;%3&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · %3 · %4&lt;br&gt;&lt;table cellspacing=6&gt;&lt;tr&gt;&lt;td&gt;&lt;/td&gt;&lt;td&gt;images&lt;/td&gt;&lt;td&gt;captions&lt;/td&gt;&lt;/tr&gt;%5%6%7%8&lt;/table&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · %3 · %4&lt;br&gt;&lt;table cellspacing=6&gt;&lt;tr&gt;&lt;td&gt;&lt;/td&gt;&lt;td&gt;images&lt;/td&gt;&lt;td&gt;légendes&lt;/td&gt;&lt;/tr&gt;%5%6%7%8&lt;/table&gt;</translation>
    </message>
    <message numerus="yes">
        <location line="-186"/>
        <location line="+189"/>
        <source>%Ln image(s)</source>
        <translation>
            <numerusform>%Ln image</numerusform>
            <numerusform>%Ln images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln caption(s)</source>
        <translation>
            <numerusform>%Ln légende</numerusform>
            <numerusform>%Ln légendes</numerusform>
        </translation>
    </message>
    <message>
        <location line="-381"/>
        <location line="+382"/>
        <source>train</source>
        <translation>entraînement</translation>
    </message>
    <message>
        <location line="-381"/>
        <location line="+381"/>
        <source>val</source>
        <translation>validation</translation>
    </message>
    <message>
        <location line="-380"/>
        <location line="+380"/>
        <source>test</source>
        <translation>test</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in no split</source>
        <translation>non réparti</translation>
    </message>
    <message numerus="yes">
        <location line="+40"/>
        <source>every kind (%n)</source>
        <translation>
            <numerusform>tous les types (%n)</numerusform>
            <numerusform>tous les types (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+15"/>
        <source>Open or create a project first, then import into it.</source>
        <translation>Ouvrez ou créez d’abord un projet, puis importez-y vos données.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Importing %1</source>
        <translation>Importation de %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Imported %1 (%2): %3 images, %4 captions, %5 items in the report</source>
        <translation>%1 importé (%2)&#xa0;: %3 images, %4 légendes, %5 éléments dans le rapport</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The import stopped: %1</source>
        <translation>L’importation s’est arrêtée&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The import was cancelled; the project is as it was.</source>
        <translation>L’importation a été annulée&#xa0;; le projet est inchangé.</translation>
    </message>
</context>
<context>
    <name>clipft::ui::ImageDetailPane</name>
    <message>
        <location filename="../ui/pages/data/image_detail_pane.cpp" line="+35"/>
        <source>Captions</source>
        <translation>Légendes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Double-click a caption (or press F2) to edit it</source>
        <translation>Double-cliquez sur une légende (ou appuyez sur F2) pour la modifier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove caption</source>
        <translation>Retirer la légende</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove image…</source>
        <translation>Retirer l’image…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take the image and its captions out of the dataset (the file stays on disk)</source>
        <translation>Retirer l’image et ses légendes du jeu de données (le fichier reste sur le disque)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Choose an image in the grid</source>
        <translation>Choisissez une image dans la grille</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 × %2 pixels · %3 · %4</source>
        <translation>%1 × %2 pixels · %3 · %4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in no split</source>
        <translation>dans aucune partition</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>This image cannot be read.</source>
        <translation>Cette image ne peut pas être lue.</translation>
    </message>
</context>
<context>
    <name>clipft::ui::ImportDialog</name>
    <message>
        <location filename="../ui/pages/data/import_dialog.cpp" line="+42"/>
        <source>Folder with caption files</source>
        <translation>Dossier avec fichiers de légendes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV / TSV table</source>
        <translation>Tableau CSV / TSV</translation>
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
        <translation>Légendes MS-COCO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Karpathy splits (JSON)</source>
        <translation>Partitions Karpathy (JSON)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CLIP_benchmark retrieval file</source>
        <translation>Fichier de recherche CLIP_benchmark</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Import captioned images</source>
        <translation>Importer des images légendées</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A folder, or an annotation file (CSV, JSONL, Flickr, COCO, Karpathy)</source>
        <translation>Un dossier, ou un fichier d’annotations (CSV, JSONL, Flickr, COCO, Karpathy)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folder…</source>
        <translation>Dossier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File…</source>
        <translation>Fichier…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Path:</source>
        <translation>Chemin&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Detect automatically</source>
        <translation>Détecter automatiquement</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Format:</source>
        <translation>Format&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Detected:</source>
        <translation>Détecté&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Found:</source>
        <translation>Trouvé&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dataset</source>
        <translation>Jeu de données</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name in the project:</source>
        <translation>Nom dans le projet&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Where the format keeps them, beside the annotations</source>
        <translation>Là où le format les range, à côté des annotations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The folder the annotations&apos; image names start from (clipft import --images)</source>
        <translation>Le dossier auquel se rapportent les noms d’images des annotations (clipft import --images)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Images folder:</source>
        <translation>Dossier des images&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Splits</source>
        <translation>Partitions</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> %</source>
        <translation>&#xa0;%</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The same seed gives every image the same split on every import</source>
        <translation>La même graine attribue à chaque image la même partition à chaque importation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training:</source>
        <translation>Entraînement&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Validation:</source>
        <translation>Validation&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test:</source>
        <translation>Test&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed:</source>
        <translation>Graine&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From the header line</source>
        <translation>D’après la ligne d’en-tête</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comma</source>
        <translation>Virgule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tab</source>
        <translation>Tabulation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Semicolon</source>
        <translation>Point-virgule</translation>
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
        <translation>Séparateur&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image column:</source>
        <translation>Colonne des images&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caption column:</source>
        <translation>Colonne des légendes&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images with a shorter side are left out and reported as too small</source>
        <translation>Les images dont le petit côté est plus court sont écartées et signalées comme trop petites</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As the format does</source>
        <translation>Selon le format</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep byte-identical images</source>
        <translation>Conserver les images identiques octet pour octet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop byte-identical images</source>
        <translation>Écarter les images identiques octet pour octet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By default published benchmarks keep theirs, so that their counts and recall are the published ones; other sources drop them</source>
        <translation>Par défaut, les benchmarks publiés conservent les leurs, pour que leurs effectifs et leur rappel soient ceux publiés&#xa0;; les autres sources les écartent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minimum side:</source>
        <translation>Côté minimal&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicates:</source>
        <translation>Doublons&#xa0;:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Import a folder of captioned images</source>
        <translation>Importer un dossier d’images légendées</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import an annotation file</source>
        <translation>Importer un fichier d’annotations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annotations (*.csv *.tsv *.jsonl *.json *.txt *.token);;All files (*)</source>
        <translation>Annotations (*.csv *.tsv *.jsonl *.json *.txt *.token);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The folder of the images</source>
        <translation>Le dossier des images</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Choose a folder or an annotation file.</source>
        <translation>Choisissez un dossier ou un fichier d’annotations.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Looking at %1…</source>
        <translation>Examen de %1…</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Nothing to import here.</source>
        <translation>Rien à importer ici.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 image names, %2 captions</source>
        <translation>%1 noms d’images, %2 légendes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, its own splits (%1 training, %2 validation, %3 test)</source>
        <translation>, avec ses propres partitions (%1 entraînement, %2 validation, %3 test)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, no splits of its own</source>
        <translation>, sans partitions propres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No problem in the annotations.</source>
        <translation>Aucun problème dans les annotations.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n problem(s) in the annotations, listed in the report after the import.</source>
        <translation>
            <numerusform>%n problème dans les annotations, détaillé dans le rapport après l’importation.</numerusform>
            <numerusform>%n problèmes dans les annotations, détaillés dans le rapport après l’importation.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The images are opened and checked during the import.</source>
        <translation>Les images sont ouvertes et vérifiées pendant l’importation.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Only CSV and JSON Lines sources have columns to choose</source>
        <translation>Seules les sources CSV et JSON Lines ont des colonnes à choisir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The source has its own splits; they are kept.</source>
        <translation>La source a ses propres partitions&#xa0;; elles sont conservées.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images are assigned to splits by these shares; the same seed always gives the same assignment.</source>
        <translation>Les images sont réparties selon ces proportions&#xa0;; la même graine donne toujours la même répartition.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose a folder or an annotation file to import.</source>
        <translation>Choisissez un dossier ou un fichier d’annotations à importer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading the annotations…</source>
        <translation>Lecture des annotations…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This source cannot be imported as it is: see above.</source>
        <translation>Cette source ne peut pas être importée telle quelle&#xa0;: voir ci-dessus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the dataset a name.</source>
        <translation>Donnez un nom au jeu de données.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The project already has a dataset named %1; choose another name.</source>
        <translation>Le projet contient déjà un jeu de données nommé %1&#xa0;; choisissez un autre nom.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The splits add up to %1 %; they must add up to 100 %.</source>
        <translation>Les partitions totalisent %1&#xa0;%&#xa0;; leur total doit être de 100&#xa0;%.</translation>
    </message>
</context>
<context>
    <name>clipft::ui::JobStatusWidget</name>
    <message>
        <location filename="../ui/widgets/job_status_widget.cpp" line="+28"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the background job; what was stored before it stays as it was</source>
        <translation>Arrêter la tâche en arrière-plan&#xa0;; ce qui était déjà enregistré reste inchangé</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1: %2 %3/%4</source>
        <translation>%1&#xa0;: %2 %3/%4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 left</source>
        <translation>%1 restant</translation>
    </message>
</context>
<context>
    <name>clipft::ui::ModelPage</name>
    <message>
        <location filename="../ui/pages/model/model_page.cpp" line="+51"/>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Layout</source>
        <translation>Structure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image tower</source>
        <translation>Encodeur d’image</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ViT: %1 layers, width %2, %3 heads, patch %4, %5×%5 images</source>
        <translation>ViT&#xa0;: %1 couches, largeur %2, %3 têtes, patch %4, images %5×%5</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Text tower</source>
        <translation>Encodeur de texte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 layers, width %2, %3 heads, context %4, vocabulary %5</source>
        <translation>%1 couches, largeur %2, %3 têtes, contexte %4, vocabulaire %5</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Embedding</source>
        <translation>Plongement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 dimensions</source>
        <translation>%1 dimensions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activation</source>
        <translation>Fonction d’activation</translation>
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
        <translation>Paramètres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tokenizer</source>
        <translation>Tokeniseur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>sentencepiece</source>
        <translation>sentencepiece</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CLIP byte-level BPE</source>
        <translation>BPE au niveau octet de CLIP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preprocessing</source>
        <translation>Prétraitement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>resize the shortest side to %1 (bicubic, antialiased), centre crop, mean (%2, %3, %4), std (%5, %6, %7)</source>
        <translation>redimensionner le côté le plus court à %1 (bicubique, avec anticrénelage), recadrage centré, moyenne (%2, %3, %4), écart-type (%5, %6, %7)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fingerprint</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size on disk</source>
        <translation>Taille sur le disque</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Open model folder…</source>
        <translation>Ouvrir un dossier de modèle…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An open_clip folder (open_clip_config.json + open_clip_model.safetensors) or a transformers folder (config.json + model.safetensors), with its tokenizer files</source>
        <translation>Un dossier open_clip (open_clip_config.json + open_clip_model.safetensors) ou un dossier transformers (config.json + model.safetensors), avec ses fichiers de tokeniseur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Model:</source>
        <translation>Modèle&#xa0;:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Known architectures, and where to get real weights</source>
        <translation>Architectures connues, et où obtenir de vrais poids</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Architecture</source>
        <translation>Architecture</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>open_clip layout</source>
        <translation>Structure open_clip</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>transformers layout</source>
        <translation>Structure transformers</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Download the files of a Hugging Face repository above (&quot;Files and versions&quot;) into a folder, then open it here.</source>
        <translation>Téléchargez les fichiers de l’un des dépôts Hugging Face ci-dessus («&#xa0;Files and versions&#xa0;») dans un dossier, puis ouvrez-le ici.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Compute for this project&apos;s jobs</source>
        <translation>Calcul pour les tâches de ce projet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Automatic (%1)</source>
        <translation>Automatique (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU (%1)</source>
        <translation>CPU (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CUDA device %1</source>
        <translation>Périphérique CUDA %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No CUDA device is visible to this build (see Help &gt; About)</source>
        <translation>Aucun périphérique CUDA n’est visible pour cette version (voir Aide &gt; À propos)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>fp16 (amp, with loss scaling) and bf16 autocast need a CUDA device; on the CPU training runs in fp32</source>
        <translation>fp16 (amp, avec mise à l’échelle de la perte) et l’autocast bf16 exigent un périphérique CUDA&#xa0;; sur le CPU l’entraînement se fait en fp32</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>all cores</source>
        <translation>tous les cœurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Threads for work on the CPU (clipft&apos;s --threads)</source>
        <translation>Threads pour le travail sur le CPU (--threads de clipft)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device:</source>
        <translation>Périphérique&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Precision:</source>
        <translation>Précision&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU threads:</source>
        <translation>Threads CPU&#xa0;:</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>fp32</source>
        <translation>fp32</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>amp (fp16 with loss scaling)</source>
        <translation>amp (fp16 avec mise à l’échelle de la perte)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bf16</source>
        <translation>bf16</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Open a model folder</source>
        <translation>Ouvrir un dossier de modèle</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Built-in demo model</source>
        <translation>Modèle de démonstration intégré</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading model %1</source>
        <translation>Lecture du modèle %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;This folder cannot be used:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Ce dossier ne peut pas être utilisé&#xa0;:&lt;/b&gt; %1</translation>
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
        <translation>L’image à laquelle appartient la requête</translation>
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
        <translation>Validation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All images</source>
        <translation>Toutes les images</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search in:</source>
        <translation>Rechercher dans&#xa0;:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The pre-trained model, a model folder, or a training run&apos;s best or final model</source>
        <translation>Le modèle pré-entraîné, un dossier de modèle, ou le meilleur modèle ou le modèle final d’un entraînement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model A:</source>
        <translation>Modèle A&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Model B:</source>
        <translation>Modèle B&#xa0;:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Describe an image, or type a caption of the split to see where its image ranks</source>
        <translation>Décrivez une image, ou saisissez une légende de la partition pour voir à quel rang arrive son image</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>top </source>
        <translation>top </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many images each model returns</source>
        <translation>Nombre d’images renvoyées par chaque modèle</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare on split</source>
        <translation>Comparaison sur la partition</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Open a model folder</source>
        <translation>Ouvrir un dossier de modèle</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Compare A and B on the split</source>
        <translation>Comparer A et B sur la partition</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every caption of the split as a query: where its image ranks under A and under B</source>
        <translation>Chaque légende de la partition comme requête&#xa0;: le rang de son image avec A et avec B</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter captions</source>
        <translation>Filtrer les légendes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Press Compare to rank every caption&apos;s image under both models.</source>
        <translation>Cliquez sur «&#xa0;Comparer&#xa0;» pour obtenir le rang de l’image de chaque légende avec les deux modèles.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Caption</source>
        <translation>Légende</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rank under A</source>
        <translation>Rang avec A</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rank under B</source>
        <translation>Rang avec B</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation>Évolution</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Export the comparison</source>
        <translation>Exporter la comparaison</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not write %1.</source>
        <translation>Impossible d’écrire %1.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Open a project to search its images.</source>
        <translation>Ouvrez un projet pour rechercher dans ses images.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Run %1 “%2”, best model</source>
        <translation>Entraînement %1 “%2”, meilleur modèle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run %1 “%2”, final model</source>
        <translation>Entraînement %1 “%2”, modèle final</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>None (A alone)</source>
        <translation>Aucun (A seul)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Built-in demo model (pre-trained)</source>
        <translation>Modèle de démonstration intégré (pré-entraîné)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Other model folder…</source>
        <translation>Autre dossier de modèle…</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>The project has no dataset yet: import one on the Data page.</source>
        <translation>Le projet n’a pas encore de jeu de données&#xa0;: importez-en un sur la page «&#xa0;Données&#xa0;».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose model A.</source>
        <translation>Choisissez le modèle A.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A: %1</source>
        <translation>A&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>B: %1</source>
        <translation>B&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>B: none</source>
        <translation>B&#xa0;: aucun</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln image(s) of %1, split %2.</source>
        <translation>
            <numerusform>%Ln image de %1, partition %2.</numerusform>
            <numerusform>%Ln images de %1, partition %2.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The search is prepared when “%1” has finished.</source>
        <translation>La recherche sera préparée à la fin de “%1”.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Preparing the search: embedding the images not in the project&apos;s cache yet…</source>
        <translation>Préparation de la recherche&#xa0;: calcul des plongements des images qui ne sont pas encore dans le cache du projet…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Preparing the search of %1</source>
        <translation>Préparation de la recherche dans %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The search cannot be prepared: %1</source>
        <translation>La recherche ne peut pas être préparée&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preparing the search was cancelled.</source>
        <translation>La préparation de la recherche a été annulée.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>More like %1</source>
        <translation>Images similaires à %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Images like %1</source>
        <translation>Images comme %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the comparison on the split is using the models; search again when it ends</source>
        <translation>la comparaison sur la partition utilise les modèles&#xa0;; relancez la recherche quand elle sera terminée</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This search failed: %1</source>
        <translation>Cette recherche a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Its image &lt;b&gt;%1&lt;/b&gt; ranks &lt;b&gt;%2&lt;/b&gt; under A</source>
        <translation>Son image &lt;b&gt;%1&lt;/b&gt; est au rang &lt;b&gt;%2&lt;/b&gt; avec A</translation>
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
        <translation>inchangé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its image &lt;b&gt;%1&lt;/b&gt;: rank %2 under A → &lt;b&gt;%3&lt;/b&gt; under B (%4)</source>
        <translation>Son image &lt;b&gt;%1&lt;/b&gt;&#xa0;: rang %2 avec A → &lt;b&gt;%3&lt;/b&gt; avec B (%4)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>This is a match</source>
        <translation>C’est une correspondance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the query as a caption of this image; runs that include search feedback train on it</source>
        <translation>Garder la requête comme légende de cette image&#xa0;; les entraînements qui incluent les retours de recherche l’utilisent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a match</source>
        <translation>Pas une correspondance</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>More like this</source>
        <translation>Images similaires</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the image&apos;s path</source>
        <translation>Copier le chemin de l’image</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The mark was not stored: %1</source>
        <translation>La marque n’a pas été enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Noted: “%1” is not a match for %2.</source>
        <translation>Noté&#xa0;: «&#xa0;%1&#xa0;» ne correspond pas à %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is now a caption of %2; runs that include search feedback train on it.</source>
        <translation>«&#xa0;%1&#xa0;» est désormais une légende de %2&#xa0;; les entraînements qui incluent les retours de recherche l’utilisent.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is now a caption of %2, kept with the image (split: %3); training uses the captions of training images only.</source>
        <translation>«&#xa0;%1&#xa0;» est désormais une légende de %2, gardée avec l’image (partition&#xa0;: %3)&#xa0;; l’entraînement n’utilise que les légendes des images d’entraînement.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose a model B to compare with A.</source>
        <translation>Choisissez un modèle B à comparer avec A.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Compare when “%1” has finished.</source>
        <translation>Comparez quand «&#xa0;%1&#xa0;» sera terminé.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ranking every caption&apos;s image under A and B…</source>
        <translation>Classement de l’image de chaque légende avec A et B…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comparing A and B on %1</source>
        <translation>Comparaison de A et B sur %1</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;%1&lt;/b&gt; captions&apos; images rank higher under B, &lt;b&gt;%2&lt;/b&gt; lower, %3 the same. Image recall@1 %4, @5 %5, @10 %6; text recall@5 %7.</source>
        <translation>Avec B, &lt;b&gt;%1&lt;/b&gt; légendes voient leur image mieux classée, &lt;b&gt;%2&lt;/b&gt; moins bien, %3 au même rang. Recherche d’images recall@1 %4, @5 %5, @10 %6&#xa0;; recherche de texte recall@5 %7.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The comparison failed: %1</source>
        <translation>La comparaison a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The comparison was cancelled.</source>
        <translation>La comparaison a été annulée.</translation>
    </message>
</context>
<context>
    <name>clipft::ui::StudioWindow</name>
    <message>
        <location filename="../ui/studio_window.cpp" line="+43"/>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Welcome</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Main</source>
        <translation>Barre principale</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;New Project…</source>
        <translation>&amp;Nouveau projet…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open Project…</source>
        <translation>&amp;Ouvrir un projet…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;Recent</source>
        <translation>Projets &amp;récents</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Close Project</source>
        <translation>&amp;Fermer le projet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Theme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+14"/>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The language changes when clipft Studio starts again.</source>
        <translation>La langue changera au prochain démarrage de clipft Studio.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;table cellspacing=6&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+N&lt;/b&gt;&lt;/td&gt;&lt;td&gt;New project&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+O&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Open project&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+I&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Import a folder&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Q&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Quit&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;This list&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table cellspacing=6&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+N&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Nouveau projet&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+O&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Ouvrir un projet&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+I&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Importer un dossier&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Q&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Quitter&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Cette liste&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;About clipft Studio</source>
        <translation>À &amp;propos de clipft Studio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About clipft Studio</source>
        <translation>À propos de clipft Studio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;clipft Studio %1&lt;/h3&gt;&lt;p&gt;Fine-tune CLIP on your own captioned images.&lt;/p&gt;&lt;p&gt;Qt %2 · LibTorch %3 · OpenCV %4&lt;/p&gt;&lt;p&gt;Compute device: %5&lt;/p&gt;</source>
        <translation>&lt;h3&gt;clipft Studio %1&lt;/h3&gt;&lt;p&gt;Affinez CLIP sur vos propres images légendées.&lt;/p&gt;&lt;p&gt;Qt %2 · LibTorch %3 · OpenCV %4&lt;/p&gt;&lt;p&gt;Périphérique de calcul&#xa0;: %5&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot open the project</source>
        <translation>Impossible d’ouvrir le projet</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>New project</source>
        <translation>Nouveau projet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>clipft projects (*.clipft)</source>
        <translation>Projets clipft (*.clipft)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open project</source>
        <translation>Ouvrir un projet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>clipft projects (*.clipft);;All files (*)</source>
        <translation>Projets clipft (*.clipft);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Preparing the demo</source>
        <translation>Préparation de la démo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The demo project is ready: a synthetic data set the demo model never saw, and one it knows.</source>
        <translation>Le projet de démonstration est prêt&#xa0;: un jeu de données synthétique que le modèle de démonstration n’a jamais vu, et un autre qu’il connaît.</translation>
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
        <translation>Aucun projet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A job is running</source>
        <translation>Une tâche est en cours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is still running. Stop it and quit? What it has not finished is not stored.</source>
        <translation>«&#xa0;%1&#xa0;» est toujours en cours. L’arrêter et quitter&#xa0;? Ce qui n’est pas terminé ne sera pas enregistré.</translation>
    </message>
</context>
<context>
    <name>clipft::ui::WelcomePage</name>
    <message numerus="yes">
        <location filename="../ui/pages/welcome/welcome_page.cpp" line="+33"/>
        <source>%n dataset(s)</source>
        <translation>
            <numerusform>%n jeu de données</numerusform>
            <numerusform>%n jeux de données</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n entraînement</numerusform>
            <numerusform>%n entraînements</numerusform>
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
        <translation>Affinez CLIP sur vos propres images légendées et voyez à quel point la recherche s’améliore.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Try the demo</source>
        <translation>Essayer la démo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A project with a synthetic captioned data set and the built-in demo model, ready to train</source>
        <translation>Un projet avec un jeu de données synthétique légendé et le modèle de démonstration intégré, prêt pour l’entraînement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New project…</source>
        <translation>Nouveau projet…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start an empty project file (.clipft)</source>
        <translation>Créer un fichier de projet vide (.clipft)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open project…</source>
        <translation>Ouvrir un projet…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open a project file (.clipft)</source>
        <translation>Ouvrir un fichier de projet (.clipft)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recent projects</source>
        <translation>Projets récents</translation>
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
        <translation>Aucun projet récent pour l’instant&#xa0;: essayez la démo ou créez un nouveau projet.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/studio/main.cpp" line="+75"/>
        <source>Fine-tune CLIP on your own captioned images.</source>
        <translation>Affinez CLIP sur vos propres images légendées.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A project file (.clipft) to open</source>
        <translation>Fichier de projet (.clipft) à ouvrir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the window to FILE.png and quit</source>
        <translation>Enregistrer la fenêtre dans FILE.png et quitter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The page to show: welcome, data, report, model, search or compare</source>
        <translation>La page à afficher&#xa0;: welcome, data, report, model, search ou compare</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The dataset the Data and Search pages show</source>
        <translation>Le jeu de données affiché par les pages «&#xa0;Données&#xa0;» et «&#xa0;Recherche&#xa0;»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A query for the Search page</source>
        <translation>Une requête pour la page «&#xa0;Recherche&#xa0;»</translation>
    </message>
    <message>
        <source>The page to show: welcome, data, report or model</source>
        <translation type="vanished">La page à afficher&#xa0;: welcome, data, report ou model</translation>
    </message>
    <message>
        <source>The dataset the Data page shows</source>
        <translation type="vanished">Le jeu de données affiché par la page «&#xa0;Données&#xa0;»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the import dialog on a folder or annotation file</source>
        <translation>Ouvrir la boîte de dialogue d’importation sur un dossier ou un fichier d’annotations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print how long the window took to show, and quit</source>
        <translation>Afficher le temps mis par la fenêtre pour apparaître, puis quitter</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>The window size, WIDTHxHEIGHT</source>
        <translation>Taille de la fenêtre, LARGEURxHAUTEUR</translation>
    </message>
    <message>
        <source>The page to show: welcome, data, report, model or search</source>
        <translation type="vanished">La page à afficher&#xa0;: welcome, data, report, model ou search</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start with a new demo project (Try the demo)</source>
        <translation>Démarrer avec un nouveau projet de démonstration (Essayer la démo)</translation>
    </message>
</context>
</TS>
