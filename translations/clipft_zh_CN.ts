<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>JobRunner</name>
    <message>
        <location filename="../ui/jobs/job_runner.cpp" line="+94"/>
        <source>an unexpected error stopped the job</source>
        <translation>意外错误导致任务中止</translation>
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
        <translation>%1，1 个线程</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1, %2 threads</source>
        <translation>%1，%2 个线程</translation>
    </message>
</context>
<context>
    <name>clipft::ui::DataPage</name>
    <message>
        <location filename="../ui/pages/data/data_page.cpp" line="+77"/>
        <source>Import folder…</source>
        <translation>导入文件夹…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A folder of images with caption files (photo.jpg + photo.txt, or captions.txt / captions.csv)</source>
        <translation>包含图像及其描述文件的文件夹（photo.jpg + photo.txt，或 captions.txt / captions.csv）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import annotation file…</source>
        <translation>导入标注文件…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV/TSV, JSONL, Flickr8k/30k, MS-COCO captions_*.json, Karpathy dataset_*.json</source>
        <translation>CSV/TSV、JSONL、Flickr8k/30k、MS-COCO captions_*.json、Karpathy dataset_*.json</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Drop a folder of images with captions here, or choose Import folder…</source>
        <translation>将包含图像和描述的文件夹拖放到此处，或选择“导入文件夹…”</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+21"/>
        <source>Images</source>
        <translation>图像</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Captions</source>
        <translation>描述</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Right-click a dataset to rename or delete it</source>
        <translation>右键单击数据集可重命名或删除</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Import report</source>
        <translation>导入报告</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Filter the report…</source>
        <translation>筛选报告…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report:</source>
        <translation>报告：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the report&apos;s rows, as filtered and sorted, as a CSV file</source>
        <translation>将报告中当前筛选和排序后的行保存为 CSV 文件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export the import report</source>
        <translation>导出导入报告</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved the report to %1</source>
        <translation>报告已保存到 %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Import a folder of captioned images</source>
        <translation>导入带描述的图像文件夹</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import an annotation file</source>
        <translation>导入标注文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annotations (*.csv *.tsv *.jsonl *.json *.txt *.token);;All files (*)</source>
        <translation>标注文件 (*.csv *.tsv *.jsonl *.json *.txt *.token);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>All splits</source>
        <translation>所有划分</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In no split</source>
        <translation>不在任何划分中</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter by caption…</source>
        <translation>按描述筛选…</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Remove the image</source>
        <translation>移除图像</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove %1 and its captions from the dataset %2? The file stays on disk.</source>
        <translation>从数据集 %2 中移除 %1 及其描述？文件仍保留在磁盘上。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Caption saved.</source>
        <translation>描述已保存。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The caption was not changed: %1</source>
        <translation>描述未更改：%1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The caption was not removed: %1</source>
        <translation>描述未移除：%1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The image was not removed: %1</source>
        <translation>图像未移除：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Removed %1 from the dataset.</source>
        <translation>已从数据集中移除 %1。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The dataset was not renamed: %1</source>
        <translation>数据集未重命名：%1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The dataset was not deleted: %1</source>
        <translation>数据集未删除：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deleted the dataset %1.</source>
        <translation>已删除数据集 %1。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rename the dataset</source>
        <translation>重命名数据集</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New name:</source>
        <translation>新名称：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Delete the dataset %1 from the project? The image files stay on disk.</source>
        <translation>从项目中删除数据集 %1？图像文件仍保留在磁盘上。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the dataset %1 from the project, with the runs trained on it: %2? The image files and the runs&apos; model folders stay on disk.</source>
        <translation>从项目中删除数据集 %1 以及基于它进行的训练：%2？图像文件和这些训练的模型文件夹仍保留在磁盘上。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete the dataset</source>
        <translation>删除数据集</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 of %2 images</source>
        <translation>%1 / %2 张图像</translation>
    </message>
    <message>
        <location line="+75"/>
        <location line="+12"/>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>&lt;tr&gt;&lt;td&gt;%1&lt;/td&gt;&lt;td align=right&gt;%2&lt;/td&gt;&lt;td align=right&gt;%3&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;%1&lt;/td&gt;&lt;td align=right&gt;%2&lt;/td&gt;&lt;td align=right&gt;%3&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · %3 · %4&lt;br&gt;&lt;table cellspacing=6&gt;&lt;tr&gt;&lt;td&gt;&lt;/td&gt;&lt;td&gt;images&lt;/td&gt;&lt;td&gt;captions&lt;/td&gt;&lt;/tr&gt;%5%6%7%8&lt;/table&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · %3 · %4&lt;br&gt;&lt;table cellspacing=6&gt;&lt;tr&gt;&lt;td&gt;&lt;/td&gt;&lt;td&gt;图像&lt;/td&gt;&lt;td&gt;描述&lt;/td&gt;&lt;/tr&gt;%5%6%7%8&lt;/table&gt;</translation>
    </message>
    <message numerus="yes">
        <location line="-186"/>
        <location line="+189"/>
        <source>%Ln image(s)</source>
        <translation>
            <numerusform>%Ln 张图像</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln caption(s)</source>
        <translation>
            <numerusform>%Ln 条描述</numerusform>
        </translation>
    </message>
    <message>
        <location line="-381"/>
        <location line="+382"/>
        <source>train</source>
        <translation>训练</translation>
    </message>
    <message>
        <location line="-381"/>
        <location line="+381"/>
        <source>val</source>
        <translation>验证</translation>
    </message>
    <message>
        <location line="-380"/>
        <location line="+380"/>
        <source>test</source>
        <translation>测试</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in no split</source>
        <translation>未划分</translation>
    </message>
    <message numerus="yes">
        <location line="+40"/>
        <source>every kind (%n)</source>
        <translation>
            <numerusform>所有类型（%n）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+15"/>
        <source>Open or create a project first, then import into it.</source>
        <translation>请先打开或新建一个项目，然后再导入。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Importing %1</source>
        <translation>正在导入 %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Imported %1 (%2): %3 images, %4 captions, %5 items in the report</source>
        <translation>已导入 %1（%2）：%3 张图像，%4 条描述，报告中有 %5 项</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The import stopped: %1</source>
        <translation>导入已停止：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The import was cancelled; the project is as it was.</source>
        <translation>导入已取消，项目保持原样。</translation>
    </message>
</context>
<context>
    <name>clipft::ui::ImageDetailPane</name>
    <message>
        <location filename="../ui/pages/data/image_detail_pane.cpp" line="+35"/>
        <source>Captions</source>
        <translation>描述</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Double-click a caption (or press F2) to edit it</source>
        <translation>双击描述（或按 F2）进行编辑</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove caption</source>
        <translation>移除描述</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove image…</source>
        <translation>移除图像…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take the image and its captions out of the dataset (the file stays on disk)</source>
        <translation>将图像及其描述移出数据集（文件仍保留在磁盘上）</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Choose an image in the grid</source>
        <translation>在网格中选择一张图像</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 × %2 pixels · %3 · %4</source>
        <translation>%1 × %2 像素 · %3 · %4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in no split</source>
        <translation>不在任何划分中</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>This image cannot be read.</source>
        <translation>无法读取此图像。</translation>
    </message>
</context>
<context>
    <name>clipft::ui::ImportDialog</name>
    <message>
        <location filename="../ui/pages/data/import_dialog.cpp" line="+42"/>
        <source>Folder with caption files</source>
        <translation>包含描述文件的文件夹</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV / TSV table</source>
        <translation>CSV / TSV 表格</translation>
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
        <translation>MS-COCO 描述</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Karpathy splits (JSON)</source>
        <translation>Karpathy 划分（JSON）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CLIP_benchmark retrieval file</source>
        <translation>CLIP_benchmark 检索文件</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Import captioned images</source>
        <translation>导入带描述的图像</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A folder, or an annotation file (CSV, JSONL, Flickr, COCO, Karpathy)</source>
        <translation>文件夹或标注文件（CSV、JSONL、Flickr、COCO、Karpathy）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folder…</source>
        <translation>文件夹…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File…</source>
        <translation>文件…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Path:</source>
        <translation>路径：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Detect automatically</source>
        <translation>自动检测</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Detected:</source>
        <translation>检测结果：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Found:</source>
        <translation>找到：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name in the project:</source>
        <translation>项目中的名称：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Where the format keeps them, beside the annotations</source>
        <translation>格式约定的位置，位于标注文件旁</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The folder the annotations&apos; image names start from (clipft import --images)</source>
        <translation>标注中的图像名称所相对的文件夹（clipft import --images）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Images folder:</source>
        <translation>图像文件夹：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Splits</source>
        <translation>划分</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The same seed gives every image the same split on every import</source>
        <translation>相同的种子在每次导入时都会将每张图像分到相同的划分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training:</source>
        <translation>训练：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Validation:</source>
        <translation>验证：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test:</source>
        <translation>测试：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed:</source>
        <translation>种子：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From the header line</source>
        <translation>根据表头行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comma</source>
        <translation>逗号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Semicolon</source>
        <translation>分号</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>filepath (CSV), image (JSONL)</source>
        <translation>filepath（CSV），image（JSONL）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>title (CSV), caption (JSONL)</source>
        <translation>title（CSV），caption（JSONL）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Separator:</source>
        <translation>分隔符：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image column:</source>
        <translation>图像列：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caption column:</source>
        <translation>描述列：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Images</source>
        <translation>图像</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images with a shorter side are left out and reported as too small</source>
        <translation>短边小于此值的图像将被略过，并在报告中标记为过小</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As the format does</source>
        <translation>按格式的默认做法</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep byte-identical images</source>
        <translation>保留字节完全相同的图像</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop byte-identical images</source>
        <translation>丢弃字节完全相同的图像</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By default published benchmarks keep theirs, so that their counts and recall are the published ones; other sources drop them</source>
        <translation>默认情况下，已发布的基准会保留其重复图像，使数量和召回率与公布的一致；其他来源则会丢弃重复图像</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minimum side:</source>
        <translation>最小边长：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicates:</source>
        <translation>重复图像：</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Import a folder of captioned images</source>
        <translation>导入带描述的图像文件夹</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import an annotation file</source>
        <translation>导入标注文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annotations (*.csv *.tsv *.jsonl *.json *.txt *.token);;All files (*)</source>
        <translation>标注文件 (*.csv *.tsv *.jsonl *.json *.txt *.token);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The folder of the images</source>
        <translation>图像所在的文件夹</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Choose a folder or an annotation file.</source>
        <translation>请选择文件夹或标注文件。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Looking at %1…</source>
        <translation>正在查看 %1…</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Nothing to import here.</source>
        <translation>此处没有可导入的内容。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 image names, %2 captions</source>
        <translation>%1 个图像名称，%2 条描述</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, its own splits (%1 training, %2 validation, %3 test)</source>
        <translation>，自带划分（训练 %1，验证 %2，测试 %3）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, no splits of its own</source>
        <translation>，无自带划分</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No problem in the annotations.</source>
        <translation>标注中没有问题。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n problem(s) in the annotations, listed in the report after the import.</source>
        <translation>
            <numerusform>标注中有 %n 个问题，导入后将列在报告中。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The images are opened and checked during the import.</source>
        <translation>导入期间会打开并检查图像。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Only CSV and JSON Lines sources have columns to choose</source>
        <translation>只有 CSV 和 JSON Lines 来源才有可选择的列</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The source has its own splits; they are kept.</source>
        <translation>来源自带划分，将予以保留。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images are assigned to splits by these shares; the same seed always gives the same assignment.</source>
        <translation>图像按这些比例分配到各划分；相同的种子始终得到相同的分配。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose a folder or an annotation file to import.</source>
        <translation>请选择要导入的文件夹或标注文件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading the annotations…</source>
        <translation>正在读取标注…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This source cannot be imported as it is: see above.</source>
        <translation>无法按原样导入此来源：详见上方。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the dataset a name.</source>
        <translation>请为数据集命名。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The project already has a dataset named %1; choose another name.</source>
        <translation>项目中已有名为 %1 的数据集，请另选一个名称。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The splits add up to %1 %; they must add up to 100 %.</source>
        <translation>各划分之和为 %1 %，必须为 100 %。</translation>
    </message>
</context>
<context>
    <name>clipft::ui::JobStatusWidget</name>
    <message>
        <location filename="../ui/widgets/job_status_widget.cpp" line="+28"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the background job; what was stored before it stays as it was</source>
        <translation>停止后台任务；此前已保存的内容保持不变</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1: %2 %3/%4</source>
        <translation>%1：%2 %3/%4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 left</source>
        <translation>剩余 %1</translation>
    </message>
</context>
<context>
    <name>clipft::ui::ModelPage</name>
    <message>
        <location filename="../ui/pages/model/model_page.cpp" line="+51"/>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Layout</source>
        <translation>布局</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image tower</source>
        <translation>图像编码器</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ViT: %1 layers, width %2, %3 heads, patch %4, %5×%5 images</source>
        <translation>ViT：%1 层，宽度 %2，%3 个注意力头，patch 大小 %4，图像尺寸 %5×%5</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Text tower</source>
        <translation>文本编码器</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 layers, width %2, %3 heads, context %4, vocabulary %5</source>
        <translation>%1 层，宽度 %2，%3 个注意力头，上下文长度 %4，词表大小 %5</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Embedding</source>
        <translation>嵌入</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 dimensions</source>
        <translation>%1 维</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activation</source>
        <translation>激活函数</translation>
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
        <translation>参数量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tokenizer</source>
        <translation>分词器</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>sentencepiece</source>
        <translation>sentencepiece</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CLIP byte-level BPE</source>
        <translation>CLIP 字节级 BPE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preprocessing</source>
        <translation>预处理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>resize the shortest side to %1 (bicubic, antialiased), centre crop, mean (%2, %3, %4), std (%5, %6, %7)</source>
        <translation>将短边缩放至 %1（双三次插值，抗锯齿），中心裁剪，均值 (%2, %3, %4)，标准差 (%5, %6, %7)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fingerprint</source>
        <translation>指纹</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size on disk</source>
        <translation>占用磁盘空间</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Open model folder…</source>
        <translation>打开模型文件夹…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An open_clip folder (open_clip_config.json + open_clip_model.safetensors) or a transformers folder (config.json + model.safetensors), with its tokenizer files</source>
        <translation>open_clip 文件夹（open_clip_config.json + open_clip_model.safetensors）或 transformers 文件夹（config.json + model.safetensors），并包含其分词器文件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Model:</source>
        <translation>模型：</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Known architectures, and where to get real weights</source>
        <translation>已知架构，以及从何处获取真实权重</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Architecture</source>
        <translation>架构</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>open_clip layout</source>
        <translation>open_clip 布局</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>transformers layout</source>
        <translation>transformers 布局</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Download the files of a Hugging Face repository above (&quot;Files and versions&quot;) into a folder, then open it here.</source>
        <translation>将上方某个 Hugging Face 仓库中的文件（“Files and versions”页面）下载到一个文件夹中，然后在此处打开该文件夹。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Compute for this project&apos;s jobs</source>
        <translation>此项目任务的计算设置</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Automatic (%1)</source>
        <translation>自动（%1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU (%1)</source>
        <translation>CPU（%1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CUDA device %1</source>
        <translation>CUDA 设备 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No CUDA device is visible to this build (see Help &gt; About)</source>
        <translation>此构建未检测到任何 CUDA 设备（参见“帮助 &gt; 关于”）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>fp16 (amp, with loss scaling) and bf16 autocast need a CUDA device; on the CPU training runs in fp32</source>
        <translation>fp16（amp，带损失缩放）和 bf16 自动混合精度需要 CUDA 设备；在 CPU 上以 fp32 训练</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>all cores</source>
        <translation>所有核心</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Threads for work on the CPU (clipft&apos;s --threads)</source>
        <translation>CPU 上工作的线程数（clipft 的 --threads）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device:</source>
        <translation>设备：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Precision:</source>
        <translation>精度：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU threads:</source>
        <translation>CPU 线程：</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>fp32</source>
        <translation>fp32</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>amp (fp16 with loss scaling)</source>
        <translation>amp（fp16，带损失缩放）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bf16</source>
        <translation>bf16</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Open a model folder</source>
        <translation>打开模型文件夹</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Built-in demo model</source>
        <translation>内置演示模型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading model %1</source>
        <translation>正在读取模型 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;This folder cannot be used:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;无法使用此文件夹：&lt;/b&gt;%1</translation>
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
        <translation>查询本身对应的图像</translation>
    </message>
</context>
<context>
    <name>clipft::ui::SearchPage</name>
    <message>
        <location filename="../ui/pages/search/search_page.cpp" line="+128"/>
        <source>Test</source>
        <translation>测试</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Validation</source>
        <translation>验证</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All images</source>
        <translation>所有图像</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search in:</source>
        <translation>搜索范围：</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The pre-trained model, a model folder, or a training run&apos;s best or final model</source>
        <translation>预训练模型、模型文件夹，或某次训练的最佳模型或最终模型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model A:</source>
        <translation>模型 A：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Model B:</source>
        <translation>模型 B：</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Describe an image, or type a caption of the split to see where its image ranks</source>
        <translation>描述一张图像，或输入该划分中的一条描述，查看其对应图像的排名</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>top </source>
        <translation>前 </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many images each model returns</source>
        <translation>每个模型返回的图像数量</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Results</source>
        <translation>结果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare on split</source>
        <translation>在划分上比较</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Open a model folder</source>
        <translation>打开模型文件夹</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Compare A and B on the split</source>
        <translation>在该划分上比较 A 和 B</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every caption of the split as a query: where its image ranks under A and under B</source>
        <translation>将该划分的每条描述作为查询：查看其对应图像在 A 和 B 下的排名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter captions</source>
        <translation>筛选描述</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Press Compare to rank every caption&apos;s image under both models.</source>
        <translation>点击“比较”，计算每条描述对应图像在两个模型下的排名。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Caption</source>
        <translation>描述</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Image</source>
        <translation>图像</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rank under A</source>
        <translation>A 下的排名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rank under B</source>
        <translation>B 下的排名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Export the comparison</source>
        <translation>导出比较结果</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Open a project to search its images.</source>
        <translation>请打开一个项目以搜索其中的图像。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Run %1 “%2”, best model</source>
        <translation>训练 %1“%2”，最佳模型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run %1 “%2”, final model</source>
        <translation>训练 %1“%2”，最终模型</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>None (A alone)</source>
        <translation>无（仅 A）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Built-in demo model (pre-trained)</source>
        <translation>内置演示模型（预训练）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Other model folder…</source>
        <translation>其他模型文件夹…</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>The project has no dataset yet: import one on the Data page.</source>
        <translation>项目中还没有数据集：请在“数据”页面导入一个。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose model A.</source>
        <translation>请选择模型 A。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A: %1</source>
        <translation>A：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>B: %1</source>
        <translation>B：%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>B: none</source>
        <translation>B：无</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln image(s) of %1, split %2.</source>
        <translation>
            <numerusform>%1 中的 %Ln 张图像，划分：%2。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The search is prepared when “%1” has finished.</source>
        <translation>“%1”完成后将开始准备搜索。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Preparing the search: embedding the images not in the project&apos;s cache yet…</source>
        <translation>正在准备搜索：为尚未存入项目缓存的图像计算嵌入…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Preparing the search of %1</source>
        <translation>正在准备 %1 的搜索</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The search cannot be prepared: %1</source>
        <translation>无法准备搜索：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preparing the search was cancelled.</source>
        <translation>搜索准备已取消。</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>More like %1</source>
        <translation>更多与 %1 相似的图像</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Images like %1</source>
        <translation>与 %1 相似的图像</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the comparison on the split is using the models; search again when it ends</source>
        <translation>划分上的比较正在使用这些模型；请在其结束后再次搜索</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This search failed: %1</source>
        <translation>此次搜索失败：%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Its image &lt;b&gt;%1&lt;/b&gt; ranks &lt;b&gt;%2&lt;/b&gt; under A</source>
        <translation>对应图像 &lt;b&gt;%1&lt;/b&gt; 在 A 下排名第 &lt;b&gt;%2&lt;/b&gt;</translation>
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
        <translation>不变</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its image &lt;b&gt;%1&lt;/b&gt;: rank %2 under A → &lt;b&gt;%3&lt;/b&gt; under B (%4)</source>
        <translation>对应图像 &lt;b&gt;%1&lt;/b&gt;：A 下排名第 %2 → B 下排名第 &lt;b&gt;%3&lt;/b&gt;（%4）</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>This is a match</source>
        <translation>匹配</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the query as a caption of this image; runs that include search feedback train on it</source>
        <translation>将该查询保留为此图像的描述；包含搜索反馈的训练会使用它</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a match</source>
        <translation>不匹配</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>More like this</source>
        <translation>更多相似图像</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the image&apos;s path</source>
        <translation>复制图像路径</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The mark was not stored: %1</source>
        <translation>标记未保存：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Noted: “%1” is not a match for %2.</source>
        <translation>已记录：“%1”与 %2 不匹配。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is now a caption of %2; runs that include search feedback train on it.</source>
        <translation>“%1”现在是 %2 的描述；包含搜索反馈的训练会使用它。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is now a caption of %2, kept with the image (split: %3); training uses the captions of training images only.</source>
        <translation>“%1”现在是 %2 的描述，随图像保存（划分：%3）；训练只使用训练图像的描述。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose a model B to compare with A.</source>
        <translation>请选择要与 A 比较的模型 B。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Compare when “%1” has finished.</source>
        <translation>请在“%1”完成后再比较。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ranking every caption&apos;s image under A and B…</source>
        <translation>正在计算每条描述对应图像在 A 和 B 下的排名…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comparing A and B on %1</source>
        <translation>正在 %1 上比较 A 和 B</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;%1&lt;/b&gt; captions&apos; images rank higher under B, &lt;b&gt;%2&lt;/b&gt; lower, %3 the same. Image recall@1 %4, @5 %5, @10 %6; text recall@5 %7.</source>
        <translation>在 B 下，&lt;b&gt;%1&lt;/b&gt; 条描述对应图像的排名上升，&lt;b&gt;%2&lt;/b&gt; 条下降，%3 条不变。图像召回率@1 %4，@5 %5，@10 %6；文本召回率@5 %7。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The comparison failed: %1</source>
        <translation>比较失败：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The comparison was cancelled.</source>
        <translation>比较已取消。</translation>
    </message>
</context>
<context>
    <name>clipft::ui::StudioWindow</name>
    <message>
        <location filename="../ui/studio_window.cpp" line="+43"/>
        <source>Pages</source>
        <translation>页面</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Welcome</source>
        <translation>欢迎</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;New Project…</source>
        <translation>新建项目(&amp;N)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open Project…</source>
        <translation>打开项目(&amp;O)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Close Project</source>
        <translation>关闭项目(&amp;C)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+14"/>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The language changes when clipft Studio starts again.</source>
        <translation>语言将在下次启动 clipft Studio 时更改。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;table cellspacing=6&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+N&lt;/b&gt;&lt;/td&gt;&lt;td&gt;New project&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+O&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Open project&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+I&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Import a folder&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Q&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Quit&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;This list&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table cellspacing=6&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+N&lt;/b&gt;&lt;/td&gt;&lt;td&gt;新建项目&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+O&lt;/b&gt;&lt;/td&gt;&lt;td&gt;打开项目&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+I&lt;/b&gt;&lt;/td&gt;&lt;td&gt;导入文件夹&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Q&lt;/b&gt;&lt;/td&gt;&lt;td&gt;退出&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;显示此列表&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;About clipft Studio</source>
        <translation>关于 clipft Studio(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About clipft Studio</source>
        <translation>关于 clipft Studio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;clipft Studio %1&lt;/h3&gt;&lt;p&gt;Fine-tune CLIP on your own captioned images.&lt;/p&gt;&lt;p&gt;Qt %2 · LibTorch %3 · OpenCV %4&lt;/p&gt;&lt;p&gt;Compute device: %5&lt;/p&gt;</source>
        <translation>&lt;h3&gt;clipft Studio %1&lt;/h3&gt;&lt;p&gt;使用您自己的带描述图像微调 CLIP。&lt;/p&gt;&lt;p&gt;Qt %2 · LibTorch %3 · OpenCV %4&lt;/p&gt;&lt;p&gt;计算设备：%5&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot open the project</source>
        <translation>无法打开项目</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>New project</source>
        <translation>新建项目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>clipft projects (*.clipft)</source>
        <translation>clipft 项目 (*.clipft)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>clipft projects (*.clipft);;All files (*)</source>
        <translation>clipft 项目 (*.clipft);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Preparing the demo</source>
        <translation>正在准备演示</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The demo project is ready: a synthetic data set the demo model never saw, and one it knows.</source>
        <translation>演示项目已就绪：其中有一个演示模型从未见过的合成数据集，以及一个它已经见过的数据集。</translation>
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
        <translation>未打开项目</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A job is running</source>
        <translation>有任务正在运行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is still running. Stop it and quit? What it has not finished is not stored.</source>
        <translation>“%1”仍在运行。要停止它并退出吗？尚未完成的部分不会被保存。</translation>
    </message>
</context>
<context>
    <name>clipft::ui::WelcomePage</name>
    <message numerus="yes">
        <location filename="../ui/pages/welcome/welcome_page.cpp" line="+33"/>
        <source>%n dataset(s)</source>
        <translation>
            <numerusform>%n 个数据集</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n 次训练</numerusform>
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
        <translation>使用您自己的带描述图像微调 CLIP，看看搜索效果能提升多少。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Try the demo</source>
        <translation>试用演示</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A project with a synthetic captioned data set and the built-in demo model, ready to train</source>
        <translation>包含一个带描述的合成数据集和内置演示模型的项目，可直接开始训练</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New project…</source>
        <translation>新建项目…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start an empty project file (.clipft)</source>
        <translation>新建一个空的项目文件（.clipft）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open project…</source>
        <translation>打开项目…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open a project file (.clipft)</source>
        <translation>打开项目文件（.clipft）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recent projects</source>
        <translation>最近的项目</translation>
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
        <translation>暂无最近的项目：可以试用演示，或新建一个项目。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/studio/main.cpp" line="+75"/>
        <source>Fine-tune CLIP on your own captioned images.</source>
        <translation>使用您自己的带描述图像微调 CLIP。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A project file (.clipft) to open</source>
        <translation>要打开的项目文件（.clipft）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the window to FILE.png and quit</source>
        <translation>将窗口保存为 FILE.png 并退出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The page to show: welcome, data, report, model, search or compare</source>
        <translation>要显示的页面：welcome、data、report、model、search 或 compare</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The dataset the Data and Search pages show</source>
        <translation>“数据”和“搜索”页面显示的数据集</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A query for the Search page</source>
        <translation>“搜索”页面的查询</translation>
    </message>
    <message>
        <source>The page to show: welcome, data, report or model</source>
        <translation type="vanished">要显示的页面：welcome、data、report 或 model</translation>
    </message>
    <message>
        <source>The dataset the Data page shows</source>
        <translation type="vanished">“数据”页面显示的数据集</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the import dialog on a folder or annotation file</source>
        <translation>用指定的文件夹或标注文件打开导入对话框</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print how long the window took to show, and quit</source>
        <translation>输出窗口显示所用的时间，然后退出</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>The window size, WIDTHxHEIGHT</source>
        <translation>窗口大小，格式为 宽度x高度</translation>
    </message>
    <message>
        <source>The page to show: welcome, data, report, model or search</source>
        <translation type="vanished">要显示的页面：welcome、data、report、model 或 search</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start with a new demo project (Try the demo)</source>
        <translation>从新的演示项目开始（试用演示）</translation>
    </message>
</context>
</TS>
