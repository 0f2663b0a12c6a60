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
        <location filename="../ui/studio_window.cpp" line="+62"/>
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
    <name>ReportHtml</name>
    <message>
        <location filename="../ui/pages/runs/report_html.cpp" line="+52"/>
        <source>train</source>
        <comment>the dataset&apos;s training split</comment>
        <translation>entraînement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>val</source>
        <comment>the dataset&apos;s validation split</comment>
        <translation>validation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>test</source>
        <comment>the dataset&apos;s test split</comment>
        <translation>test</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 (stopped early)</source>
        <comment>a completed run&apos;s status</comment>
        <translation>%1 (arrêt anticipé)</translation>
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
        <translation>Avant et après l’affinage</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This run has no evaluation before training and after it to compare (it evaluates on the dataset&apos;s val split; a run without one, or stopped before its first evaluation, has none).</source>
        <translation>Cet entraînement n’a pas d’évaluation avant et après l’entraînement à comparer (il est évalué sur la partition de validation du jeu de données&#xa0;; un entraînement sans cette partition, ou arrêté avant sa première évaluation, n’en a pas).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>model</source>
        <translation>modèle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>dataset</source>
        <translation>jeu de données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 before</source>
        <comment>the column of the metric before training</comment>
        <translation>%1 avant</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>after</source>
        <translation>après</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>relative</source>
        <comment>the relative change</comment>
        <translation>relatif</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1 (%2 split, %Ln image(s))</source>
        <comment>dataset name, split name, the split&apos;s images</comment>
        <translation>
            <numerusform>%1 (partition %2, %Ln image)</numerusform>
            <numerusform>%1 (partition %2, %Ln images)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>before</source>
        <translation>avant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>change</source>
        <translation>évolution</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>before: the model at step %1 (the pre-trained one); after: the run&apos;s best model (step %2). image = text-to-image recall (a caption finds its image), text = image-to-text recall; relative = the change of %3 over its value before.</source>
        <translation>avant&#xa0;: le modèle à l’étape %1 (le modèle pré-entraîné)&#xa0;; après&#xa0;: le meilleur modèle de l’entraînement (étape %2). image = rappel texte vers image (une légende retrouve son image), texte = rappel image vers texte&#xa0;; relatif = l’évolution de %3 par rapport à sa valeur avant.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>setting</source>
        <translation>paramètre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>value</source>
        <translation>valeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>base model</source>
        <translation>modèle de base</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>output folder</source>
        <translation>dossier de sortie</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Dataset</source>
        <translation>Jeu de données</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The run&apos;s dataset is no longer in the project.</source>
        <translation>Le jeu de données de l’entraînement n’est plus dans le projet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>name</source>
        <comment>the dataset&apos;s</comment>
        <translation>nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>format</source>
        <comment>the dataset&apos;s</comment>
        <translation>format</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>source</source>
        <comment>the folder or file the dataset was imported from</comment>
        <translation>source</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>imported</source>
        <comment>when the dataset was imported</comment>
        <translation>importé le</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+34"/>
        <source>split</source>
        <translation>partition</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>images</source>
        <translation>images</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>captions</source>
        <translation>légendes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no split</source>
        <comment>images in no split</comment>
        <translation>non réparti</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>all</source>
        <comment>every split</comment>
        <translation>toutes</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln image(s) were not usable at import (see the import report).</source>
        <translation>
            <numerusform>%Ln image n’était pas utilisable à l’importation (voir le rapport d’importation).</numerusform>
            <numerusform>%Ln images n’étaient pas utilisables à l’importation (voir le rapport d’importation).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Evaluations</source>
        <translation>Évaluations</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None yet.</source>
        <comment>no evaluations</comment>
        <translation>Aucune pour l’instant.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Every number below, with the ranks and the validation loss: %1 (CSV).</source>
        <translation>Tous les chiffres ci-dessous, avec les rangs et la perte de validation&#xa0;: %1 (CSV).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>step</source>
        <translation>étape</translation>
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
        <translation>Entraînement clipft %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Run %1: %2</source>
        <comment>the heading: run id, run name</comment>
        <translation>Entraînement %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>dataset %1</source>
        <translation>jeu de données %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(deleted)</source>
        <comment>the run&apos;s dataset</comment>
        <translation>(supprimé)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>base model %1</source>
        <translation>modèle de base %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln step(s)</source>
        <translation>
            <numerusform>%Ln étape</numerusform>
            <numerusform>%Ln étapes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>started %1</source>
        <translation>démarré le %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Training curves</source>
        <translation>Courbes d’entraînement</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Made by clipft %1 on %2 from the project&apos;s records.</source>
        <translation>Généré par clipft %1 le %2 à partir des enregistrements du projet.</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <location filename="../ui/pages/runs/report_writer.cpp" line="+71"/>
        <location line="+12"/>
        <source>step</source>
        <translation>étape</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>loss</source>
        <translation>perte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>training loss</source>
        <translation>perte d’entraînement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>training loss (smoothed)</source>
        <translation>perte d’entraînement (lissée)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>validation loss</source>
        <translation>perte de validation</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>recall@5 (val split)</source>
        <translation>recall@5 (partition de validation)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The folder %1 cannot be created.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 cannot be written: check that the folder is writable and the disk has room.</source>
        <translation>Impossible d’écrire %1&#xa0;: vérifiez que le dossier est accessible en écriture et que le disque a de la place.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Loss</source>
        <translation>Perte</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Recall</source>
        <translation>Rappel</translation>
    </message>
</context>
<context>
    <name>RunText</name>
    <message>
        <location filename="../ui/pages/runs/run_details.cpp" line="+16"/>
        <source>created</source>
        <translation>créé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>completed</source>
        <translation>terminé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>échoué</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stopped</source>
        <translation>arrêté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>interrupted</source>
        <translation>interrompu</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Interrupted: the process training it ended without stopping it (closed, killed or crashed). Continue it from its last checkpoint.</source>
        <translation>Interrompu&#xa0;: le processus qui l’entraînait s’est terminé sans l’arrêter (fermé, tué ou planté). Poursuivez-le depuis son dernier point de contrôle.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed: %1</source>
        <translation>Échec&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no reason was recorded</source>
        <translation>aucun motif n’a été enregistré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopped: %1. Continue it from its last checkpoint.</source>
        <translation>Arrêté&#xa0;: %1. Poursuivez-le depuis son dernier point de contrôle.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training now</source>
        <translation>Entraînement en cours</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>image R@1</source>
        <translation>image R@1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>image R@5</source>
        <translation>image R@5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>image R@10</source>
        <translation>image R@10</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text R@1</source>
        <translation>texte R@1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text R@5</source>
        <translation>texte R@5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text R@10</source>
        <translation>texte R@10</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>image mean rank</source>
        <translation>image rang moyen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>image median rank</source>
        <translation>image rang médian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text mean rank</source>
        <translation>texte rang moyen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text median rank</source>
        <translation>texte rang médian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>val loss</source>
        <translation>perte de validation</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Epochs</source>
        <translation>Époques</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps (at most)</source>
        <translation>Étapes (au plus)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batch size</source>
        <translation>Taille de lot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gradient accumulation (micro-batches)</source>
        <translation>Accumulation de gradients (micro-lots)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learning rate</source>
        <translation>Taux d’apprentissage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight decay</source>
        <translation>Décroissance des poids</translation>
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
        <translation>Étapes d’échauffement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gradient clipping (norm)</source>
        <translation>Écrêtage des gradients (norme)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image tower: trainable groups</source>
        <translation>Encodeur d’image&#xa0;: groupes entraînables</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text tower: trainable groups</source>
        <translation>Encodeur de texte&#xa0;: groupes entraînables</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Augmentation</source>
        <translation>Augmentation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Train on search feedback</source>
        <translation>Entraîner sur les retours de recherche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Train the logit scale</source>
        <translation>Entraîner le logit scale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Precision</source>
        <translation>Précision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluate every (steps)</source>
        <translation>Intervalle d’évaluation (étapes)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluate before training</source>
        <translation>Évaluer avant l’entraînement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checkpoint every (steps)</source>
        <translation>Intervalle des points de contrôle (étapes)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log every (steps)</source>
        <translation>Intervalle de journalisation (étapes)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Best model by</source>
        <translation>Meilleur modèle selon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Early stopping patience</source>
        <translation>Patience de l’arrêt anticipé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Early stopping minimum change</source>
        <translation>Variation minimale de l’arrêt anticipé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bad steps tolerated</source>
        <translation>Étapes invalides tolérées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed</source>
        <translation>Graine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loader threads</source>
        <translation>Threads de chargement</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>all (not locked)</source>
        <translation>tous (non gelé)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>— (the epochs decide)</source>
        <translation>— (selon les époques)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>each epoch&apos;s end</source>
        <translation>à la fin de chaque époque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at each evaluation</source>
        <translation>à chaque évaluation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one per core</source>
        <translation>un par cœur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>automatic (10%, at most 500)</source>
        <translation>automatique (10&#xa0;%, au plus 500)</translation>
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
        <translation>entraînement %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Setting</source>
        <translation>Paramètre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Dataset</source>
        <translation>Jeu de données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Base model</source>
        <translation>Modèle de base</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Output folder</source>
        <translation>Dossier de sortie</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1: differs between the runs</source>
        <translation>%1&#xa0;: diffère entre les entraînements</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>WiSE-FT α</source>
        <translation>WiSE-FT α</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Split</source>
        <translation>Partition</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Evaluated after training (%1)</source>
        <translation>Évalué après l’entraînement (%1)</translation>
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
    <name>clipft::ui::MetricChart</name>
    <message>
        <location filename="../ui/widgets/metric_chart.cpp" line="+293"/>
        <source>%1
%2 %3: %4</source>
        <translation>%1
%2 %3&#xa0;: %4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>step</source>
        <translation>étape</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Show everything</source>
        <translation>Tout afficher</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export as PNG, PDF or CSV…</source>
        <translation>Exporter en PNG, PDF ou CSV…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export the chart</source>
        <translation>Exporter le graphique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG image (*.png);;PDF document (*.pdf);;CSV data (*.csv)</source>
        <translation>Image PNG (*.png);;Document PDF (*.pdf);;Données CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot write %1</source>
        <translation>Impossible d’écrire %1</translation>
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
    <name>clipft::ui::RunsPage</name>
    <message>
        <location filename="../ui/pages/runs/runs_page.cpp" line="+141"/>
        <source>Continue</source>
        <translation>Poursuivre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy settings to Train</source>
        <translation>Copier les paramètres vers «&#xa0;Entraînement&#xa0;»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fill the Train page&apos;s form with this run&apos;s dataset, model and settings</source>
        <translation>Remplir le formulaire de la page «&#xa0;Entraînement&#xa0;» avec le jeu de données, le modèle et les paramètres de cet entraînement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open in Search</source>
        <translation>Ouvrir dans «&#xa0;Recherche&#xa0;»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search with this run&apos;s model beside the pre-trained one</source>
        <translation>Rechercher avec le modèle de cet entraînement à côté du modèle pré-entraîné</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+89"/>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Curves</source>
        <translation>Courbes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Evaluations</source>
        <translation>Évaluations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export</source>
        <translation>Exportation</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Stopped, because “%1” started.</source>
        <translation>Arrêté, car «&#xa0;%1&#xa0;» a démarré.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Recall on the right axis:</source>
        <translation>Rappel sur l’axe de droite&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ctrl+click runs in the table to overlay them</source>
        <translation>Ctrl+clic sur des entraînements dans le tableau pour les superposer</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+429"/>
        <source>Loss and recall</source>
        <translation>Perte et rappel</translation>
    </message>
    <message>
        <location line="-403"/>
        <source>Model:</source>
        <translation>Modèle&#xa0;:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>WiSE-FT: the exported weights are (1 − α)·pre-trained + α·fine-tuned. α 1 is the fine-tuned model as trained; a smaller α keeps more of what the pre-trained model knew.</source>
        <translation>WiSE-FT&#xa0;: les poids exportés valent (1 − α)·pré-entraîné + α·affiné. α 1 est le modèle affiné tel qu’entraîné&#xa0;; un α plus petit conserve davantage de ce que savait le modèle pré-entraîné.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>WiSE-FT α:</source>
        <translation>WiSE-FT α&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1: the fine-tuned model as trained · 0: the pre-trained model · between: a mix of their weights, which often keeps most of the gain and more of what the pre-trained model knew.</source>
        <translation>1&#xa0;: le modèle affiné tel qu’entraîné · 0&#xa0;: le modèle pré-entraîné · entre les deux&#xa0;: un mélange de leurs poids, qui conserve souvent l’essentiel du gain et davantage de ce que savait le modèle pré-entraîné.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Export model…</source>
        <translation>Exporter le modèle…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the model as an open_clip folder (open_clip_config.json, open_clip_model.safetensors and the tokenizer), at the chosen α</source>
        <translation>Écrire le modèle sous forme de dossier open_clip (open_clip_config.json, open_clip_model.safetensors et le tokeniseur), à l’α choisi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export report…</source>
        <translation>Exporter le rapport…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A PDF and an HTML page with the before/after table, the charts, the settings, the dataset and the evaluations (also as CSV)</source>
        <translation>Un PDF et une page HTML avec le tableau avant/après, les graphiques, les paramètres, le jeu de données et les évaluations (aussi en CSV)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;b&gt;Recall at each α&lt;/b&gt; on the val split</source>
        <translation>&lt;b&gt;Rappel pour chaque α&lt;/b&gt; sur la partition de validation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>α</source>
        <translation>α</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Click a row to export at its α</source>
        <translation>Cliquez sur une ligne pour exporter à son α</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Preview recall at each α</source>
        <translation>Aperçu du rappel pour chaque α</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evaluates the mixes at α 0, 0.25, 0.5, 0.75 and 1 on the dataset&apos;s val split, in the background</source>
        <translation>Évalue les mélanges à α 0&#xa0;; 0,25&#xa0;; 0,5&#xa0;; 0,75 et 1 sur la partition de validation du jeu de données, en arrière-plan</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Open or create a project to see its training runs.</source>
        <translation>Ouvrez ou créez un projet pour voir ses entraînements.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The runs cannot be read: %1</source>
        <translation>Impossible de lire les entraînements&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No runs yet. Train a model on the Train page, and its run appears here.</source>
        <translation>Aucun entraînement pour l’instant. Entraînez un modèle sur la page «&#xa0;Entraînement&#xa0;» et son entraînement apparaîtra ici.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n entraînement</numerusform>
            <numerusform>%n entraînements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n training now</source>
        <translation>
            <numerusform>%n en cours d’entraînement</numerusform>
            <numerusform>%n en cours d’entraînement</numerusform>
        </translation>
    </message>
    <message>
        <location line="+94"/>
        <source>The run&apos;s records cannot be read: %1</source>
        <translation>Impossible de lire les enregistrements de l’entraînement&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Select a run to export its model or its report.</source>
        <translation>Sélectionnez un entraînement pour exporter son modèle ou son rapport.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a run to see its curves, settings and evaluations; select several to compare them.</source>
        <translation>Sélectionnez un entraînement pour voir ses courbes, paramètres et évaluations&#xa0;; sélectionnez-en plusieurs pour les comparer.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&lt;b&gt;Run %1&lt;/b&gt; · %2 · %3</source>
        <translation>&lt;b&gt;Entraînement %1&lt;/b&gt; · %2 · %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>image R@5 %1 → &lt;b&gt;%2&lt;/b&gt; (%3)</source>
        <translation>image R@5 %1 → &lt;b&gt;%2&lt;/b&gt; (%3)</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n run(s) overlaid</source>
        <translation>
            <numerusform>%n entraînement superposé</numerusform>
            <numerusform>%n entraînements superposés</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Run %1 has no evaluation yet (it evaluates on its dataset&apos;s val split).</source>
        <translation>L’entraînement %1 n’a pas encore d’évaluation (il est évalué sur la partition de validation de son jeu de données).</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Run %1: %n evaluation(s), on the val split unless the split says otherwise.</source>
        <translation>
            <numerusform>Entraînement %1&#xa0;: %n évaluation, sur la partition de validation sauf indication contraire de la colonne «&#xa0;Partition&#xa0;».</numerusform>
            <numerusform>Entraînement %1&#xa0;: %n évaluations, sur la partition de validation sauf indication contraire de la colonne «&#xa0;Partition&#xa0;».</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;Run %1&lt;/b&gt; · %2</source>
        <translation>&lt;b&gt;Entraînement %1&lt;/b&gt; · %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The best there is</source>
        <translation>Le meilleur disponible</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Best model (step %1)</source>
        <translation>Meilleur modèle (étape %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Best model</source>
        <translation>Meilleur modèle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Final model</source>
        <translation>Modèle final</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last checkpoint</source>
        <translation>Dernier point de contrôle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No model on disk</source>
        <translation>Aucun modèle sur le disque</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No preview yet: it evaluates each mix on the val split (five evaluations).</source>
        <translation>Pas encore d’aperçu&#xa0;: il évalue chaque mélange sur la partition de validation (cinq évaluations).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previewed %1. α 1 is the fine-tuned model, α 0 the pre-trained one.</source>
        <translation>Aperçu du %1. α 1 est le modèle affiné, α 0 le modèle pré-entraîné.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>step</source>
        <translation>étape</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>training loss</source>
        <translation>perte d’entraînement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (val split)</source>
        <translation>%1 (partition de validation)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 loss</source>
        <translation>%1 – perte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 loss (smoothed)</source>
        <translation>%1 – perte (lissée)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Continue run %1 from its last checkpoint on the Train page</source>
        <translation>Poursuivre l’entraînement %1 depuis son dernier point de contrôle sur la page «&#xa0;Entraînement&#xa0;»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A stopped or interrupted run can be continued</source>
        <translation>Un entraînement arrêté ou interrompu peut être poursuivi</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delete the selected runs with their checkpoints and models (after asking)</source>
        <translation>Supprimer les entraînements sélectionnés avec leurs points de contrôle et leurs modèles (après confirmation)</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Run %1 is %2: only a stopped or interrupted run can be continued.</source>
        <translation>L’entraînement %1 est à l’état «&#xa0;%2&#xa0;»&#xa0;: seul un entraînement arrêté ou interrompu peut être poursuivi.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>run %1 “%2”</source>
        <translation>entraînement %1 «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A run that is training cannot be deleted; stop it first.</source>
        <translation>Un entraînement en cours ne peut pas être supprimé&#xa0;; arrêtez-le d’abord.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete when “%1” has finished.</source>
        <translation>Supprimez quand «&#xa0;%1&#xa0;» sera terminé.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete runs</source>
        <translation>Supprimer des entraînements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete %1?</source>
        <translation>Supprimer %1&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete these %n runs?</source>
        <translation>
            <numerusform>Supprimer %n entraînement&#xa0;?</numerusform>
            <numerusform>Supprimer ces %n entraînements&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Its metrics, evaluations and checkpoints leave the project, and its checkpoint and models are deleted from %1. This cannot be undone.</source>
        <translation>Ses métriques, évaluations et points de contrôle quittent le projet, et son point de contrôle et ses modèles sont supprimés de %1. Cette action est irréversible.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Their metrics, evaluations and checkpoints leave the project, and their checkpoints and models are deleted from their output folders. This cannot be undone.

%1</source>
        <translation>Leurs métriques, évaluations et points de contrôle quittent le projet, et leurs points de contrôle et modèles sont supprimés de leurs dossiers de sortie. Cette action est irréversible.

%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Deleting failed: %1</source>
        <translation>La suppression a échoué&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Deleted %n run(s).</source>
        <translation>
            <numerusform>%n entraînement supprimé.</numerusform>
            <numerusform>%n entraînements supprimés.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kept %1: it holds other files.</source>
        <translation>%1 a été conservé&#xa0;: il contient d’autres fichiers.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Export when “%1” has finished.</source>
        <translation>Exportez quand «&#xa0;%1&#xa0;» sera terminé.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Exporting run %1 as a WiSE-FT mix at α %2…</source>
        <translation>Exportation de l’entraînement %1 en mélange WiSE-FT à α %2…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exporting run %1…</source>
        <translation>Exportation de l’entraînement %1…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Run %1&apos;s model (%2, α %3) is in %4, in the open_clip layout.</source>
        <translation>Le modèle de l’entraînement %1 (%2, α %3) est dans %4, en structure open_clip.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The export failed: %1</source>
        <translation>L’exportation a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The export was cancelled; the folder holds what it held before.</source>
        <translation>L’exportation a été annulée&#xa0;; le dossier contient ce qu’il contenait avant.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Preview when “%1” has finished.</source>
        <translation>Lancez l’aperçu quand «&#xa0;%1&#xa0;» sera terminé.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Run %1 has no model on disk to mix.</source>
        <translation>L’entraînement %1 n’a aucun modèle sur le disque à mélanger.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Previewing run %1&apos;s recall at each WiSE-FT α…</source>
        <translation>Aperçu du rappel de l’entraînement %1 pour chaque α WiSE-FT…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Previewed just now. α 1 is the fine-tuned model, α 0 the pre-trained one.</source>
        <translation>Aperçu à l’instant. α 1 est le modèle affiné, α 0 le modèle pré-entraîné.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Previewed %n mix(es) of run %1 on the val split.</source>
        <translation>
            <numerusform>%n mélange de l’entraînement %1 prévisualisé sur la partition de validation.</numerusform>
            <numerusform>%n mélanges de l’entraînement %1 prévisualisés sur la partition de validation.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The preview failed: %1</source>
        <translation>L’aperçu a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The preview was cancelled.</source>
        <translation>L’aperçu a été annulé.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The report cannot be made: %1</source>
        <translation>Impossible de créer le rapport&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The report of run %1 is in %2.</source>
        <translation>Le rapport de l’entraînement %1 est dans %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The report of run %1 is in %2 and %3 (with its charts and the evaluations as CSV beside it).</source>
        <translation>Le rapport de l’entraînement %1 est dans %2 et %3 (avec, à côté, ses graphiques et les évaluations en CSV).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Export the model as a folder</source>
        <translation>Exporter le modèle dans un dossier</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export the report</source>
        <translation>Exporter le rapport</translation>
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
        <translation>(supprimé)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Output folder: %1</source>
        <translation>Dossier de sortie&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No evaluation yet</source>
        <translation>Pas encore d’évaluation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of the best model (step %2)</source>
        <translation>%1 du meilleur modèle (étape %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From the start to the last record</source>
        <translation>Du début au dernier enregistrement</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dataset</source>
        <translation>Jeu de données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Best</source>
        <translation>Meilleur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The best validation value of the metric the run keeps its best model by (image R@5 unless set otherwise)</source>
        <translation>La meilleure valeur de validation de la métrique selon laquelle l’entraînement garde son meilleur modèle (image R@5 sauf réglage contraire)</translation>
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
        <location line="+12"/>
        <source>WiSE-FT α:</source>
        <translation>WiSE-FT α&#xa0;:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Mixes B&apos;s weights with its pre-trained model&apos;s: (1 − α)·pre-trained + α·fine-tuned. 1 is the run&apos;s model as trained; lower values keep more of what the pre-trained model knew. A dot marks the mixes already prepared.</source>
        <translation>Mélange les poids de B avec ceux de son modèle pré-entraîné&#xa0;: (1 − α)·pré-entraîné + α·affiné. 1 est le modèle de l’entraînement tel qu’entraîné&#xa0;; des valeurs plus basses conservent davantage de ce que savait le modèle pré-entraîné. Un point signale les mélanges déjà préparés.</translation>
    </message>
    <message>
        <location line="+21"/>
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
        <location line="-250"/>
        <location line="+336"/>
        <source>α = %1 (ready)</source>
        <translation>α = %1 (prêt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>α = %1</source>
        <translation>α = %1</translation>
    </message>
    <message>
        <location line="+23"/>
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
        <location line="+3"/>
        <source>B: %1, WiSE-FT α %2</source>
        <translation>B&#xa0;: %1, WiSE-FT α %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>B: %1</source>
        <translation>B&#xa0;: %1</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>B: none</source>
        <translation>B&#xa0;: aucun</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
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
        <location line="+20"/>
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
        <source>Train</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runs</source>
        <translation>Entraînements</translation>
    </message>
    <message>
        <location line="+69"/>
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
        <location line="+25"/>
        <location line="+93"/>
        <source>A training is running</source>
        <translation>Un entraînement est en cours</translation>
    </message>
    <message>
        <location line="-113"/>
        <source>A run of %1 is training. Stop it and open %2? It keeps a checkpoint to continue from.</source>
        <translation>Un entraînement de %1 est en cours. L’arrêter et ouvrir %2&#xa0;? Il garde un point de contrôle pour le poursuivre.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Stopping the training: it finishes its step and writes a checkpoint…</source>
        <translation>Arrêt de l’entraînement&#xa0;: il termine son étape et écrit un point de contrôle…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A run of %1 is training. Stop it and close the project? It keeps a checkpoint to continue from.</source>
        <translation>Un entraînement de %1 est en cours. L’arrêter et fermer le projet&#xa0;? Il garde un point de contrôle pour le poursuivre.</translation>
    </message>
    <message>
        <location line="+15"/>
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
        <location line="+25"/>
        <source>The training is still running. Stop it and quit? It keeps a checkpoint, so you can continue it from the Runs page.</source>
        <translation>L’entraînement est toujours en cours. L’arrêter et quitter&#xa0;? Il garde un point de contrôle, pour que vous puissiez le poursuivre depuis la page «&#xa0;Entraînements&#xa0;».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stopping the training: it finishes its step and writes a checkpoint, then clipft Studio quits…</source>
        <translation>Arrêt de l’entraînement&#xa0;: il termine son étape et écrit un point de contrôle, puis clipft Studio se ferme…</translation>
    </message>
    <message>
        <location line="+13"/>
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
    <name>clipft::ui::TrainPage</name>
    <message>
        <location filename="../ui/pages/train/train_page.cpp" line="+175"/>
        <source>Paused at step %1.</source>
        <translation>En pause à l’étape %1.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resumed at step %1.</source>
        <translation>Repris à l’étape %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>evaluating: %1 %2/%3</source>
        <translation>évaluation&#xa0;: %1 %2/%3</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Save…</source>
        <translation>Enregistrer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save these settings as a JSON file</source>
        <translation>Enregistrer ces paramètres dans un fichier JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load…</source>
        <translation>Charger…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load settings from a JSON file</source>
        <translation>Charger les paramètres depuis un fichier JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy as command line</source>
        <translation>Copier en ligne de commande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copies the exact clipft train command for these settings, to run them on a server</source>
        <translation>Copie la commande clipft train exacte pour ces paramètres, afin de les exécuter sur un serveur</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Copied: %1</source>
        <translation>Copié&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+536"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location line="-535"/>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stops the run between two steps and keeps a checkpoint to continue from</source>
        <translation>Arrête l’entraînement entre deux étapes et garde un point de contrôle pour le poursuivre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue</source>
        <translation>Poursuivre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continues the stopped run from its checkpoint</source>
        <translation>Poursuit l’entraînement arrêté depuis son point de contrôle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the settings and press Start.</source>
        <translation>Choisissez les paramètres et cliquez sur «&#xa0;Démarrer&#xa0;».</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Training loss</source>
        <translation>Perte d’entraînement</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <location line="+4"/>
        <location line="+4"/>
        <source>step</source>
        <translation>étape</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+1"/>
        <source>loss</source>
        <translation>perte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>smoothed</source>
        <translation>lissée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Validation recall</source>
        <translation>Rappel de validation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recall</source>
        <translation>rappel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Learning rate and temperature</source>
        <translation>Taux d’apprentissage et température</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>learning rate</source>
        <translation>taux d’apprentissage</translation>
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
        <translation>Perte de validation et débit</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>validation loss</source>
        <translation>perte de validation</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+2"/>
        <source>samples/s</source>
        <translation>échantillons/s</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Smoothing</source>
        <translation>Lissage</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exponential moving average of the training loss, as TensorBoard smooths</source>
        <translation>Moyenne mobile exponentielle de la perte d’entraînement, comme le lissage de TensorBoard</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wheel: zoom · drag: pan · double-click: show all · right-click: export</source>
        <translation>Molette&#xa0;: zoom · glisser&#xa0;: déplacer · double-clic&#xa0;: tout afficher · clic droit&#xa0;: exporter</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+235"/>
        <source>Probe queries</source>
        <translation>Requêtes témoins</translation>
    </message>
    <message>
        <location line="-233"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+286"/>
        <source>Log</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location line="-266"/>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation>Évolution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image recall@1</source>
        <translation>Recherche d’images recall@1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Image recall@5</source>
        <translation>Recherche d’images recall@5</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Image recall@10</source>
        <translation>Recherche d’images recall@10</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text recall@1</source>
        <translation>Recherche de texte recall@1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Text recall@5</source>
        <translation>Recherche de texte recall@5</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Text recall@10</source>
        <translation>Recherche de texte recall@10</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Open in Runs</source>
        <translation>Ouvrir dans «&#xa0;Entraînements&#xa0;»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare in Search</source>
        <translation>Comparer dans «&#xa0;Recherche&#xa0;»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The pre-trained model beside this run&apos;s best model, on the Search page</source>
        <translation>Le modèle pré-entraîné à côté du meilleur modèle de cet entraînement, sur la page «&#xa0;Recherche&#xa0;»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to the probes</source>
        <translation>Retour aux requêtes témoins</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&lt;b&gt;Probe queries&lt;/b&gt; — the top 5 validation images at each evaluation; the true image is outlined</source>
        <translation>&lt;b&gt;Requêtes témoins&lt;/b&gt; — les 5 meilleures images de validation à chaque évaluation&#xa0;; la bonne image est encadrée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the text queries shown here, one per line</source>
        <translation>Choisir les requêtes textuelles affichées ici, une par ligne</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Built-in demo model</source>
        <translation>Modèle de démonstration intégré</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>Text queries, one per line. They apply from the next run on.</source>
        <translation>Requêtes textuelles, une par ligne. Elles s’appliquent à partir du prochain entraînement.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a model folder</source>
        <translation>Choisir un dossier de modèle</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save the training settings</source>
        <translation>Enregistrer les paramètres d’entraînement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Load training settings</source>
        <translation>Charger des paramètres d’entraînement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>Fichiers JSON (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 holds no usable settings: %2</source>
        <translation>%1 ne contient aucun paramètre utilisable&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Training %1 from %2 on %3.</source>
        <translation>Entraînement sur %1 à partir de %2, sur %3.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Continuing run %1 “%2” from its checkpoint.</source>
        <translation>Poursuite de l’entraînement %1 «&#xa0;%2&#xa0;» depuis son point de contrôle.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The form holds the settings of run %1 “%2”.</source>
        <translation>Le formulaire contient les paramètres de l’entraînement %1 «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Run %1 “%2”: %3</source>
        <translation type="vanished">Entraînement %1 «&#xa0;%2&#xa0;»&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Stopping: the run ends after this step, with a checkpoint to continue from.</source>
        <translation>Arrêt en cours&#xa0;: l’entraînement se termine après cette étape, avec un point de contrôle pour le poursuivre.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Step %1: %2 step(s) skipped so far for a NaN or infinite loss.</source>
        <translation>Étape %1&#xa0;: %2 étape(s) ignorée(s) jusqu’ici à cause d’une perte NaN ou infinie.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>pre-trained %1 %2</source>
        <translation>pré-entraîné %1 %2</translation>
    </message>
    <message>
        <location line="-747"/>
        <location line="+747"/>
        <source>image R@5</source>
        <translation>image R@5</translation>
    </message>
    <message>
        <location line="-748"/>
        <source>image R@1</source>
        <translation>image R@1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>image R@10</source>
        <translation>image R@10</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text R@1</source>
        <translation>texte R@1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+744"/>
        <source>text R@5</source>
        <translation>texte R@5</translation>
    </message>
    <message>
        <location line="-743"/>
        <source>text R@10</source>
        <translation>texte R@10</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Run %1 is not in the project any more.</source>
        <translation>L’entraînement %1 n’est plus dans le projet.</translation>
    </message>
    <message>
        <location line="+616"/>
        <source>completed</source>
        <translation>terminé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stopped; it can be continued</source>
        <translation>arrêté&#xa0;; il peut être poursuivi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>interrupted (its process ended); it can be continued</source>
        <translation>interrompu (son processus s’est terminé)&#xa0;; il peut être poursuivi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed: %1</source>
        <translation>échec&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>training in another process</source>
        <translation>entraînement dans un autre processus</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Run %1 “%2”: %3 · %Ln step(s)</source>
        <translation>
            <numerusform>Entraînement %1 «&#xa0;%2&#xa0;»&#xa0;: %3 · %Ln étape</numerusform>
            <numerusform>Entraînement %1 «&#xa0;%2&#xa0;»&#xa0;: %3 · %Ln étapes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Step %1: image recall@5 %2, text recall@5 %3%4</source>
        <translation>Étape %1&#xa0;: recherche d’images recall@5 %2, recherche de texte recall@5 %3%4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (best so far)</source>
        <translation> (meilleur jusqu’ici)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>true image at rank %1</source>
        <translation>bonne image au rang %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a caption of the val split</source>
        <translation>pas une légende de la partition de validation</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Its top 5 images appear at the next evaluation of a run.</source>
        <translation>Ses 5 meilleures images apparaîtront à la prochaine évaluation d’un entraînement.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1
rank %2 · score %3</source>
        <translation>%1
rang %2 · score %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No probe queries: the validation split has no captions to take them from. Choose Edit… to write some.</source>
        <translation>Aucune requête témoin&#xa0;: la partition de validation n’a pas de légendes d’où les tirer. Choisissez «&#xa0;Modifier…&#xa0;» pour en écrire.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>step %1/%2</source>
        <translation>étape %1/%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>epoch %1</source>
        <translation>époque %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 samples/s</source>
        <translation>%1 échantillons/s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ETA %1</source>
        <translation>temps restant %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ETA …</source>
        <translation>temps restant …</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>starting…</source>
        <translation>démarrage…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>memory %1 MiB</source>
        <translation>mémoire %1 Mio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Run %1 stopped at step %2. Continue it here or from the Runs page.</source>
        <translation>L’entraînement %1 s’est arrêté à l’étape %2. Poursuivez-le ici ou depuis la page «&#xa0;Entraînements&#xa0;».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run %1 stopped early at step %2 (no more improvement).</source>
        <translation>L’entraînement %1 s’est arrêté de façon anticipée à l’étape %2 (plus d’amélioration).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run %1 completed %2 steps in %3.</source>
        <translation>L’entraînement %1 a effectué %2 étapes en %3.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The training failed.</source>
        <translation>L’entraînement a échoué.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>warning: </source>
        <translation>avertissement&#xa0;: </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Log (%n warning(s))</source>
        <translation>
            <numerusform>Journal (%n avertissement)</numerusform>
            <numerusform>Journal (%n avertissements)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&lt;p style=&apos;font-size:large&apos;&gt;&lt;b&gt;Image recall@5: %1 → %2 (%3)&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Model: %4&lt;br&gt;Dataset: %5 (val split)&lt;br&gt;Best step: %6 · Duration: %7&lt;/p&gt;&lt;p&gt;“Before” is the pre-trained model (the evaluation at step 0), “after” the run&apos;s best model, as the Finetuner study reported them.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;font-size:large&apos;&gt;&lt;b&gt;Recherche d’images recall@5&#xa0;: %1 → %2 (%3)&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Modèle&#xa0;: %4&lt;br&gt;Jeu de données&#xa0;: %5 (partition de validation)&lt;br&gt;Meilleure étape&#xa0;: %6 · Durée&#xa0;: %7&lt;/p&gt;&lt;p&gt;«&#xa0;Avant&#xa0;» est le modèle pré-entraîné (l’évaluation à l’étape 0), «&#xa0;Après&#xa0;» le meilleur modèle de l’entraînement, comme l’étude Finetuner les a présentés.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Result of run %1</source>
        <translation>Résultat de l’entraînement %1</translation>
    </message>
</context>
<context>
    <name>clipft::ui::TrainingForm</name>
    <message>
        <location filename="../ui/pages/train/training_form.cpp" line="+49"/>
        <source>Quick CPU demo</source>
        <translation>Démo rapide sur CPU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finetuner study (lr 1e-6, 5 epochs)</source>
        <translation>Étude Finetuner (lr 1e-6, 5 époques)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Small data set (image tower locked)</source>
        <translation>Petit jeu de données (encodeur d’image gelé)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A short run sized for a laptop CPU: a high learning rate and frequent evaluations, so that the charts move within a minute or two on the demo.</source>
        <translation>Un entraînement court, dimensionné pour le CPU d’un ordinateur portable&#xa0;: un taux d’apprentissage élevé et des évaluations fréquentes, pour que les graphiques bougent en une minute ou deux sur la démo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The settings of Jina AI&apos;s Finetuner study: a learning rate of 1e-6 for 5 epochs. Gentle, for real photos and a pre-trained model worth keeping.</source>
        <translation>Les paramètres de l’étude Finetuner de Jina AI&#xa0;: un taux d’apprentissage de 1e-6 pendant 5 époques. En douceur, pour de vraies photos et un modèle pré-entraîné qui mérite d’être préservé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only the text tower learns: with a few hundred images, training the image tower too mostly memorises them.</source>
        <translation>Seul l’encodeur de texte apprend&#xa0;: avec quelques centaines d’images, entraîner aussi l’encodeur d’image revient surtout à les mémoriser.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Image recall@5 (text → image)</source>
        <translation>Recherche d’images recall@5 (texte → image)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image recall@1 (text → image)</source>
        <translation>Recherche d’images recall@1 (texte → image)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image recall@10 (text → image)</source>
        <translation>Recherche d’images recall@10 (texte → image)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text recall@5 (image → text)</source>
        <translation>Recherche de texte recall@5 (image → texte)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text recall@1 (image → text)</source>
        <translation>Recherche de texte recall@1 (image → texte)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Validation loss (lower is better)</source>
        <translation>Perte de validation (plus elle est basse, mieux c’est)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Custom</source>
        <translation>Personnalisé</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fills the form with settings known to work; any field can be changed afterwards.</source>
        <translation>Remplit le formulaire avec des paramètres éprouvés&#xa0;; chaque champ peut être modifié ensuite.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preset</source>
        <translation>Préréglage</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+84"/>
        <source>Advanced</source>
        <translation>Avancé</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>Basic</source>
        <translation>Essentiel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The data set to train on: its train split is trained on, its val split evaluated.</source>
        <translation>Le jeu de données d’entraînement&#xa0;: l’entraînement se fait sur sa partition d’entraînement, l’évaluation sur sa partition de validation.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dataset</source>
        <translation>Jeu de données</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The pre-trained model to start from: an open_clip or Hugging Face transformers folder.</source>
        <translation>Le modèle pré-entraîné de départ&#xa0;: un dossier open_clip ou Hugging Face transformers.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a model folder</source>
        <translation>Choisir un dossier de modèle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Passes over the training images.</source>
        <translation>Passages sur les images d’entraînement.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Epochs</source>
        <translation>Époques</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>by epochs</source>
        <translation>selon les époques</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Train exactly this many optimizer steps, whatever the epochs say. (clipft only)</source>
        <translation>Entraîner exactement ce nombre d’étapes d’optimisation, quelles que soient les époques. (clipft uniquement)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The peak learning rate, reached after the warmup and then decayed on a cosine.</source>
        <translation>Le taux d’apprentissage maximal, atteint après l’échauffement puis réduit selon un cosinus.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+294"/>
        <source>Learning rate</source>
        <translation>Taux d’apprentissage</translation>
    </message>
    <message>
        <location line="-291"/>
        <source>Images per batch; every other image of the batch is a negative for the contrastive loss.</source>
        <translation>Images par lot&#xa0;; chaque autre image du lot est un exemple négatif pour la perte contrastive.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Batch size</source>
        <translation>Taille de lot</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Batches whose embeddings are gathered before one optimizer step: a larger effective batch (more negatives) in the same memory.</source>
        <translation>Lots dont les plongements sont rassemblés avant une étape d’optimisation&#xa0;: un lot effectif plus grand (plus d’exemples négatifs) dans la même mémoire.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Accumulation</source>
        <translation>Accumulation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>auto (10%, at most 500)</source>
        <translation>auto (10&#xa0;%, au plus 500)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps over which the learning rate rises linearly from 0.</source>
        <translation>Étapes pendant lesquelles le taux d’apprentissage croît linéairement depuis 0.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warmup steps</source>
        <translation>Étapes d’échauffement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AdamW&apos;s decoupled weight decay, on weights only (not on biases, norms, embeddings or the temperature).</source>
        <translation>Décroissance des poids découplée d’AdamW, sur les poids seulement (pas sur les biais, les normalisations, les plongements ni la température).</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+258"/>
        <source>Weight decay</source>
        <translation>Décroissance des poids</translation>
    </message>
    <message>
        <location line="-257"/>
        <source>Clips the gradients&apos; global norm to this value; 0 turns clipping off.</source>
        <translation>Écrête la norme globale des gradients à cette valeur&#xa0;; 0 désactive l’écrêtage.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+256"/>
        <source>Gradient clipping</source>
        <translation>Écrêtage des gradients</translation>
    </message>
    <message>
        <location line="-255"/>
        <location line="+5"/>
        <source>not locked</source>
        <translation>non gelé</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Freezes the image tower except its last N layer groups: 0 freezes all of it, 1 leaves the projection trainable, 2 also the last block.</source>
        <translation>Gèle l’encodeur d’image sauf ses N derniers groupes de couches&#xa0;: 0 le gèle entièrement, 1 laisse la projection entraînable, 2 aussi le dernier bloc.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lock image tower</source>
        <translation>Geler l’encodeur d’image</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Freezes the text tower except its last N layer groups, counted as for the image tower.</source>
        <translation>Gèle l’encodeur de texte sauf ses N derniers groupes de couches, comptés comme pour l’encodeur d’image.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lock text tower</source>
        <translation>Geler l’encodeur de texte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learn the temperature</source>
        <translation>Apprendre la température</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trains the logit scale (the softmax temperature&apos;s inverse), clamped to at most 100 as open_clip does.</source>
        <translation>Entraîne le logit scale (l’inverse de la température du softmax), plafonné à 100 comme le fait open_clip.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>always learned</source>
        <translation>toujours appris</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logit scale</source>
        <translation>Logit scale</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fp32 (full precision)</source>
        <translation>fp32 (pleine précision)</translation>
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
        <translation>Précision arithmétique. L’autocast divise par deux la mémoire des activations et accélère un GPU&#xa0;; sur le CPU, l’entraînement se fait en fp32.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Precision</source>
        <translation>Précision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>each epoch</source>
        <translation>chaque époque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also evaluate on the val split every N steps (always at each epoch&apos;s end).</source>
        <translation>Évaluer aussi sur la partition de validation toutes les N étapes (toujours à la fin de chaque époque).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--val-frequency (in epochs)</source>
        <translation>--val-frequency (en époques)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluate every</source>
        <translation>Intervalle d’évaluation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at evaluations</source>
        <translation>aux évaluations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the resumable checkpoint every N steps.</source>
        <translation>Écrire le point de contrôle de reprise toutes les N étapes.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>--save-frequency (in epochs)</source>
        <translation>--save-frequency (en époques)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checkpoint every</source>
        <translation>Intervalle des points de contrôle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps between stored metrics and log lines.</source>
        <translation>Étapes entre deux enregistrements de métriques et lignes de journal.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log every</source>
        <translation>Intervalle de journalisation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The validation metric that picks the best model and drives early stopping.</source>
        <translation>La métrique de validation qui désigne le meilleur modèle et pilote l’arrêt anticipé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Best model by</source>
        <translation>Meilleur modèle selon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop after this many evaluations without improvement of the best-model metric.</source>
        <translation>Arrêter après ce nombre d’évaluations sans amélioration de la métrique du meilleur modèle.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Early stopping</source>
        <translation>Arrêt anticipé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The smallest change that counts as an improvement for early stopping.</source>
        <translation>La plus petite variation qui compte comme une amélioration pour l’arrêt anticipé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+217"/>
        <source>Minimum improvement</source>
        <translation>Amélioration minimale</translation>
    </message>
    <message>
        <location line="-216"/>
        <source>Seeds shuffling and augmentation: the same seed trains the same model.</source>
        <translation>Graine du brassage des données et de l’augmentation&#xa0;: la même graine entraîne le même modèle.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Seed</source>
        <translation>Graine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Random resized crop</source>
        <translation>Recadrage aléatoire redimensionné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open_clip&apos;s training augmentation: crops of 90–100% of the image.</source>
        <translation>L’augmentation d’entraînement d’open_clip&#xa0;: des recadrages de 90 à 100&#xa0;% de l’image.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Augmentation</source>
        <translation>Augmentation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Include my search feedback</source>
        <translation>Inclure mes retours de recherche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also train on the captions you confirmed on the Search page (&quot;This is a match&quot;) for training images.</source>
        <translation>Entraîner aussi sur les légendes que vous avez confirmées sur la page «&#xa0;Recherche&#xa0;» («&#xa0;C’est une correspondance&#xa0;») pour des images d’entraînement.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Feedback</source>
        <translation>Retours</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Run</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>automatic</source>
        <translation>automatique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the run is listed on the Runs page.</source>
        <translation>Le nom sous lequel l’entraînement apparaît sur la page «&#xa0;Entraînements&#xa0;».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Automatic (a GPU when there is one)</source>
        <translation>Automatique (un GPU s’il y en a un)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Where the model trains: the CPU, or a CUDA GPU.</source>
        <translation>Où le modèle est entraîné&#xa0;: sur le CPU ou sur un GPU CUDA.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device</source>
        <translation>Périphérique</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Weights, gradients, AdamW&apos;s two moments and the activations autograd keeps, for this model, batch size and precision. An estimate: allocators add some.</source>
        <translation>Poids, gradients, les deux moments d’AdamW et les activations conservées par autograd, pour ce modèle, cette taille de lot et cette précision. Une estimation&#xa0;: les allocateurs en ajoutent un peu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Memory needed</source>
        <translation>Mémoire nécessaire</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 free of %2</source>
        <translation>%1 libres sur %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>memory unknown</source>
        <translation>mémoire inconnue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CPU: %1 · %2</source>
        <translation>CPU&#xa0;: %1 · %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 · %3</source>
        <translation>%1&#xa0;: %2 · %3</translation>
    </message>
    <message>
        <location line="+160"/>
        <source>%1: &quot;%2&quot; is not a number (write it as 0.0003 or 3e-4)</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n’est pas un nombre (écrivez-le sous la forme 0.0003 ou 3e-4)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: must not be negative</source>
        <translation>%1&#xa0;: ne doit pas être négatif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: must be greater than 0</source>
        <translation>%1&#xa0;: doit être supérieur à 0</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dataset: the project has no data set yet; import one on the Data page</source>
        <translation>Jeu de données&#xa0;: le projet n’a pas encore de jeu de données&#xa0;; importez-en un sur la page «&#xa0;Données&#xa0;»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model: choose a model folder</source>
        <translation>Modèle&#xa0;: choisissez un dossier de modèle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Precision: autocast needs a CUDA GPU; the CPU trains in fp32</source>
        <translation>Précision&#xa0;: l’autocast exige un GPU CUDA&#xa0;; sur le CPU, l’entraînement se fait en fp32</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>reading the model…</source>
        <translation>lecture du modèle…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (weights %2, gradients and AdamW %3, activations %4) · %5 parameters</source>
        <translation>%1 (poids %2, gradients et AdamW %3, activations %4) · %5 paramètres</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>it is not a JSON object</source>
        <translation>ce n’est pas un objet JSON</translation>
    </message>
    <message>
        <location line="+32"/>
        <source># cannot be written as a command line: %1</source>
        <translation># impossible d’écrire en ligne de commande&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>clipft::ui::TrainingSession</name>
    <message>
        <location filename="../ui/pages/train/training_session.cpp" line="+31"/>
        <source>images</source>
        <translation>images</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>captions</source>
        <translation>légendes</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Checkpoint at step %1: %2</source>
        <translation>Point de contrôle à l’étape %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Training run %1</source>
        <translation>Entraînement %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Training</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The training was cancelled before it had started.</source>
        <translation>L’entraînement a été annulé avant d’avoir commencé.</translation>
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
        <location filename="../app/studio/main.cpp" line="+82"/>
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
        <source>The page to show: welcome, data, report, model, train, train-live, train-summary, search, compare or runs</source>
        <translation>La page à afficher&#xa0;: welcome, data, report, model, train, train-live, train-summary, search, compare ou runs</translation>
    </message>
    <message>
        <source>The page to show: welcome, data, report, model, search or compare</source>
        <translation type="vanished">La page à afficher&#xa0;: welcome, data, report, model, search ou compare</translation>
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
