<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ReportHtml</name>
    <message numerus="yes">
        <location filename="../ui/pages/runs/report_html.cpp" line="+113"/>
        <source>%1 (%2 split, %Ln image(s))</source>
        <comment>dataset name, split name, the split&apos;s images</comment>
        <translation>
            <numerusform>%1 (%2 split, %Ln image)</numerusform>
            <numerusform>%1 (%2 split, %Ln images)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+71"/>
        <source>%Ln image(s) were not usable at import (see the import report).</source>
        <translation>
            <numerusform>%Ln image was not usable at import (see the import report).</numerusform>
            <numerusform>%Ln images were not usable at import (see the import report).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+70"/>
        <source>%Ln step(s)</source>
        <translation>
            <numerusform>%Ln step</numerusform>
            <numerusform>%Ln steps</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clipft::ui::DataPage</name>
    <message numerus="yes">
        <location filename="../ui/pages/data/data_page.cpp" line="+382"/>
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
            <numerusform>%Ln caption</numerusform>
            <numerusform>%Ln captions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source>every kind (%n)</source>
        <translation>
            <numerusform>every kind (%n)</numerusform>
            <numerusform>every kind (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clipft::ui::ImportDialog</name>
    <message numerus="yes">
        <location filename="../ui/pages/data/import_dialog.cpp" line="+377"/>
        <source>%n problem(s) in the annotations, listed in the report after the import.</source>
        <translation>
            <numerusform>%n problem in the annotations, listed in the report after the import.</numerusform>
            <numerusform>%n problems in the annotations, listed in the report after the import.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clipft::ui::RunsPage</name>
    <message numerus="yes">
        <location filename="../ui/pages/runs/runs_page.cpp" line="+537"/>
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n run</numerusform>
            <numerusform>%n runs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n training now</source>
        <translation>
            <numerusform>%n training now</numerusform>
            <numerusform>%n training now</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+138"/>
        <source>%n run(s) overlaid</source>
        <translation>
            <numerusform>%n run overlaid</numerusform>
            <numerusform>%n runs overlaid</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Run %1: %n evaluation(s), on the val split unless the split says otherwise.</source>
        <translation>
            <numerusform>Run %1: %n evaluation, on the val split unless the split says otherwise.</numerusform>
            <numerusform>Run %1: %n evaluations, on the val split unless the split says otherwise.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+219"/>
        <source>Delete these %n runs?</source>
        <translation>
            <numerusform>Delete this %n run?</numerusform>
            <numerusform>Delete these %n runs?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+37"/>
        <source>Deleted %n run(s).</source>
        <translation>
            <numerusform>Deleted %n run.</numerusform>
            <numerusform>Deleted %n runs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+109"/>
        <source>Previewed %n mix(es) of run %1 on the val split.</source>
        <translation>
            <numerusform>Previewed %n mix of run %1 on the val split.</numerusform>
            <numerusform>Previewed %n mixes of run %1 on the val split.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clipft::ui::SearchPage</name>
    <message numerus="yes">
        <location filename="../ui/pages/search/search_page.cpp" line="+556"/>
        <source>%Ln image(s) of %1, split %2.</source>
        <translation>
            <numerusform>%Ln image of %1, split %2.</numerusform>
            <numerusform>%Ln images of %1, split %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clipft::ui::TrainPage</name>
    <message numerus="yes">
        <location filename="../ui/pages/train/train_page.cpp" line="+729"/>
        <source>Run %1 “%2”: %3 · %Ln step(s)</source>
        <translation>
            <numerusform>Run %1 “%2”: %3 · %Ln step</numerusform>
            <numerusform>Run %1 “%2”: %3 · %Ln steps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+248"/>
        <source>Log (%n warning(s))</source>
        <translation>
            <numerusform>Log (%n warning)</numerusform>
            <numerusform>Log (%n warnings)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clipft::ui::WelcomePage</name>
    <message numerus="yes">
        <location filename="../ui/pages/welcome/welcome_page.cpp" line="+33"/>
        <source>%n dataset(s)</source>
        <translation>
            <numerusform>%n dataset</numerusform>
            <numerusform>%n datasets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n run</numerusform>
            <numerusform>%n runs</numerusform>
        </translation>
    </message>
</context>
</TS>
