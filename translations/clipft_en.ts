<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
    <name>clipft::ui::SearchPage</name>
    <message numerus="yes">
        <location filename="../ui/pages/search/search_page.cpp" line="+1"/>
        <source>%Ln image(s) of %1, split %2.</source>
        <translation>
            <numerusform>%Ln image of %1, split %2.</numerusform>
            <numerusform>%Ln images of %1, split %2.</numerusform>
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
