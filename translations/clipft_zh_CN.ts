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
        <location filename="../ui/studio_window.cpp" line="+62"/>
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
    <name>ReportHtml</name>
    <message>
        <location filename="../ui/pages/runs/report_html.cpp" line="+52"/>
        <source>train</source>
        <comment>the dataset&apos;s training split</comment>
        <translation>训练</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>val</source>
        <comment>the dataset&apos;s validation split</comment>
        <translation>验证</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>test</source>
        <comment>the dataset&apos;s test split</comment>
        <translation>测试</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 (stopped early)</source>
        <comment>a completed run&apos;s status</comment>
        <translation>%1（提前停止）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2)</source>
        <comment>a failed run&apos;s status (the reason)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Before and after fine-tuning</source>
        <translation>微调前后</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This run has no evaluation before training and after it to compare (it evaluates on the dataset&apos;s val split; a run without one, or stopped before its first evaluation, has none).</source>
        <translation>此次训练没有可供比较的训练前和训练后评估（它在数据集的验证划分上评估；没有验证划分的训练，或在首次评估前就已停止的训练，都没有此项）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 before</source>
        <comment>the column of the metric before training</comment>
        <translation>训练前 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>after</source>
        <translation>训练后</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>relative</source>
        <comment>the relative change</comment>
        <translation>相对变化</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1 (%2 split, %Ln image(s))</source>
        <comment>dataset name, split name, the split&apos;s images</comment>
        <translation>
            <numerusform>%1（%2 划分，%Ln 张图像）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>before</source>
        <translation>训练前</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>change</source>
        <translation>变化</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>before: the model at step %1 (the pre-trained one); after: the run&apos;s best model (step %2). image = text-to-image recall (a caption finds its image), text = image-to-text recall; relative = the change of %3 over its value before.</source>
        <translation>训练前：第 %1 步的模型（即预训练模型）；训练后：此次训练的最佳模型（第 %2 步）。图像 = 文本到图像的召回率（用描述找到其图像），文本 = 图像到文本的召回率；相对变化 = %3 相对于训练前数值的变化。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>setting</source>
        <translation>设置项</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>value</source>
        <translation>值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>base model</source>
        <translation>基础模型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>output folder</source>
        <translation>输出文件夹</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The run&apos;s dataset is no longer in the project.</source>
        <translation>此次训练的数据集已不在项目中。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>name</source>
        <comment>the dataset&apos;s</comment>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>format</source>
        <comment>the dataset&apos;s</comment>
        <translation>格式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>source</source>
        <comment>the folder or file the dataset was imported from</comment>
        <translation>来源</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>imported</source>
        <comment>when the dataset was imported</comment>
        <translation>导入时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+34"/>
        <source>split</source>
        <translation>划分</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>images</source>
        <translation>图像</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>captions</source>
        <translation>描述</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no split</source>
        <comment>images in no split</comment>
        <translation>未划分</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>all</source>
        <comment>every split</comment>
        <translation>全部</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln image(s) were not usable at import (see the import report).</source>
        <translation>
            <numerusform>%Ln 张图像在导入时无法使用（参见导入报告）。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Evaluations</source>
        <translation>评估</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None yet.</source>
        <comment>no evaluations</comment>
        <translation>暂无。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Every number below, with the ranks and the validation loss: %1 (CSV).</source>
        <translation>下方所有数值，以及排名和验证损失：%1（CSV）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>step</source>
        <translation>步</translation>
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
        <translation>clipft 训练 %1：%2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Run %1: %2</source>
        <comment>the heading: run id, run name</comment>
        <translation>训练 %1：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>dataset %1</source>
        <translation>数据集 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(deleted)</source>
        <comment>the run&apos;s dataset</comment>
        <translation>（已删除）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>base model %1</source>
        <translation>基础模型 %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln step(s)</source>
        <translation>
            <numerusform>%Ln 步</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>started %1</source>
        <translation>开始于 %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Training curves</source>
        <translation>训练曲线</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Made by clipft %1 on %2 from the project&apos;s records.</source>
        <translation>由 clipft %1 于 %2 根据项目记录生成。</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <location filename="../ui/pages/runs/report_writer.cpp" line="+71"/>
        <location line="+12"/>
        <source>step</source>
        <translation>步</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>training loss</source>
        <translation>训练损失</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>training loss (smoothed)</source>
        <translation>训练损失（平滑）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>validation loss</source>
        <translation>验证损失</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>recall@5 (val split)</source>
        <translation>recall@5（验证划分）</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The folder %1 cannot be created.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 cannot be written: check that the folder is writable and the disk has room.</source>
        <translation>无法写入 %1：请检查该文件夹是否可写以及磁盘是否有足够空间。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Recall</source>
        <translation>召回率</translation>
    </message>
</context>
<context>
    <name>RunText</name>
    <message>
        <location filename="../ui/pages/runs/run_details.cpp" line="+16"/>
        <source>created</source>
        <translation>已创建</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>interrupted</source>
        <translation>已中断</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Interrupted: the process training it ended without stopping it (closed, killed or crashed). Continue it from its last checkpoint.</source>
        <translation>已中断：训练它的进程未停止它就结束了（被关闭、被终止或崩溃）。可从其最后一个检查点继续。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no reason was recorded</source>
        <translation>未记录原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopped: %1. Continue it from its last checkpoint.</source>
        <translation>已停止：%1。可从其最后一个检查点继续。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training now</source>
        <translation>正在训练</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>image R@1</source>
        <translation>图像 R@1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>image R@5</source>
        <translation>图像 R@5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>image R@10</source>
        <translation>图像 R@10</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text R@1</source>
        <translation>文本 R@1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text R@5</source>
        <translation>文本 R@5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text R@10</source>
        <translation>文本 R@10</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>image mean rank</source>
        <translation>图像平均排名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>image median rank</source>
        <translation>图像排名中位数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text mean rank</source>
        <translation>文本平均排名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text median rank</source>
        <translation>文本排名中位数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>val loss</source>
        <translation>验证损失</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Epochs</source>
        <translation>轮数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps (at most)</source>
        <translation>步数（上限）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batch size</source>
        <translation>批大小</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gradient accumulation (micro-batches)</source>
        <translation>梯度累积（微批次）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight decay</source>
        <translation>权重衰减</translation>
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
        <translation>预热步数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gradient clipping (norm)</source>
        <translation>梯度裁剪（范数）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image tower: trainable groups</source>
        <translation>图像编码器：可训练组数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text tower: trainable groups</source>
        <translation>文本编码器：可训练组数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Augmentation</source>
        <translation>数据增强</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Train on search feedback</source>
        <translation>使用搜索反馈训练</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Train the logit scale</source>
        <translation>训练 logit scale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Precision</source>
        <translation>精度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluate every (steps)</source>
        <translation>评估间隔（步）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluate before training</source>
        <translation>训练前评估</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checkpoint every (steps)</source>
        <translation>检查点间隔（步）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log every (steps)</source>
        <translation>日志间隔（步）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Best model by</source>
        <translation>最佳模型依据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Early stopping patience</source>
        <translation>早停耐心值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Early stopping minimum change</source>
        <translation>早停最小变化量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bad steps tolerated</source>
        <translation>容许的异常步数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loader threads</source>
        <translation>加载线程数</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>all (not locked)</source>
        <translation>全部（未锁定）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>— (the epochs decide)</source>
        <translation>—（由轮数决定）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>each epoch&apos;s end</source>
        <translation>每轮结束时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at each evaluation</source>
        <translation>每次评估时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one per core</source>
        <translation>每核一个</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>automatic (10%, at most 500)</source>
        <translation>自动（10%，最多 500）</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>run %1</source>
        <translation>训练 %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Setting</source>
        <translation>设置项</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Base model</source>
        <translation>基础模型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Output folder</source>
        <translation>输出文件夹</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1: differs between the runs</source>
        <translation>%1：各次训练之间不同</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Step</source>
        <translation>步</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>WiSE-FT α</source>
        <translation>WiSE-FT α</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Split</source>
        <translation>划分</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Evaluated after training (%1)</source>
        <translation>训练后评估（%1）</translation>
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
    <name>clipft::ui::MetricChart</name>
    <message>
        <location filename="../ui/widgets/metric_chart.cpp" line="+293"/>
        <source>%1
%2 %3: %4</source>
        <translation>%1
%2 %3：%4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>step</source>
        <translation>步</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Show everything</source>
        <translation>显示全部</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export as PNG, PDF or CSV…</source>
        <translation>导出为 PNG、PDF 或 CSV…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export the chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG image (*.png);;PDF document (*.pdf);;CSV data (*.csv)</source>
        <translation>PNG 图像 (*.png);;PDF 文档 (*.pdf);;CSV 数据 (*.csv)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot write %1</source>
        <translation>无法写入 %1</translation>
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
    <name>clipft::ui::RunsPage</name>
    <message>
        <location filename="../ui/pages/runs/runs_page.cpp" line="+141"/>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy settings to Train</source>
        <translation>将设置复制到“训练”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fill the Train page&apos;s form with this run&apos;s dataset, model and settings</source>
        <translation>用此次训练的数据集、模型和设置填写“训练”页面的表单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open in Search</source>
        <translation>在“搜索”中打开</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search with this run&apos;s model beside the pre-trained one</source>
        <translation>将此次训练的模型与预训练模型并排进行搜索</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+89"/>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Curves</source>
        <translation>曲线</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Evaluations</source>
        <translation>评估</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Stopped, because “%1” started.</source>
        <translation>已停止，因为“%1”已开始。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Recall on the right axis:</source>
        <translation>右轴显示的召回率：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ctrl+click runs in the table to overlay them</source>
        <translation>在表格中按住 Ctrl 单击多个训练可叠加显示</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+429"/>
        <source>Loss and recall</source>
        <translation>损失与召回率</translation>
    </message>
    <message>
        <location line="-403"/>
        <source>Model:</source>
        <translation>模型：</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>WiSE-FT: the exported weights are (1 − α)·pre-trained + α·fine-tuned. α 1 is the fine-tuned model as trained; a smaller α keeps more of what the pre-trained model knew.</source>
        <translation>WiSE-FT：导出的权重为 (1 − α)·预训练 + α·微调。α 1 即训练所得的微调模型；α 越小，保留的预训练模型知识越多。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>WiSE-FT α:</source>
        <translation>WiSE-FT α：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1: the fine-tuned model as trained · 0: the pre-trained model · between: a mix of their weights, which often keeps most of the gain and more of what the pre-trained model knew.</source>
        <translation>1：训练所得的微调模型 · 0：预训练模型 · 介于两者之间：二者权重的混合，通常能保留大部分提升，同时保留更多预训练模型的知识。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Export model…</source>
        <translation>导出模型…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the model as an open_clip folder (open_clip_config.json, open_clip_model.safetensors and the tokenizer), at the chosen α</source>
        <translation>以所选 α 将模型写入 open_clip 文件夹（open_clip_config.json、open_clip_model.safetensors 及分词器）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export report…</source>
        <translation>导出报告…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A PDF and an HTML page with the before/after table, the charts, the settings, the dataset and the evaluations (also as CSV)</source>
        <translation>一个 PDF 和一个 HTML 页面，包含前后对比表、图表、设置、数据集和评估（评估也另存为 CSV）</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;b&gt;Recall at each α&lt;/b&gt; on the val split</source>
        <translation>验证划分上&lt;b&gt;各 α 的召回率&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>α</source>
        <translation>α</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Click a row to export at its α</source>
        <translation>单击某一行即可按其 α 导出</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Preview recall at each α</source>
        <translation>预览各 α 的召回率</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evaluates the mixes at α 0, 0.25, 0.5, 0.75 and 1 on the dataset&apos;s val split, in the background</source>
        <translation>在后台于数据集的验证划分上评估 α 为 0、0.25、0.5、0.75 和 1 的混合模型</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Open or create a project to see its training runs.</source>
        <translation>请打开或新建一个项目以查看其训练。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The runs cannot be read: %1</source>
        <translation>无法读取训练：%1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No runs yet. Train a model on the Train page, and its run appears here.</source>
        <translation>暂无训练。在“训练”页面训练一个模型后，该训练会显示在这里。</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n 次训练</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n training now</source>
        <translation>
            <numerusform>%n 个正在训练</numerusform>
        </translation>
    </message>
    <message>
        <location line="+94"/>
        <source>The run&apos;s records cannot be read: %1</source>
        <translation>无法读取此次训练的记录：%1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Select a run to export its model or its report.</source>
        <translation>选择一次训练以导出其模型或报告。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a run to see its curves, settings and evaluations; select several to compare them.</source>
        <translation>选择一次训练以查看其曲线、设置和评估；选择多次训练可进行比较。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&lt;b&gt;Run %1&lt;/b&gt; · %2 · %3</source>
        <translation>&lt;b&gt;训练 %1&lt;/b&gt; · %2 · %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>image R@5 %1 → &lt;b&gt;%2&lt;/b&gt; (%3)</source>
        <translation>图像 R@5 %1 → &lt;b&gt;%2&lt;/b&gt;（%3）</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n run(s) overlaid</source>
        <translation>
            <numerusform>已叠加 %n 次训练</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Run %1 has no evaluation yet (it evaluates on its dataset&apos;s val split).</source>
        <translation>训练 %1 尚无评估（它在其数据集的验证划分上评估）。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Run %1: %n evaluation(s), on the val split unless the split says otherwise.</source>
        <translation>
            <numerusform>训练 %1：%n 次评估，除“划分”列另有说明外均在验证划分上进行。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;Run %1&lt;/b&gt; · %2</source>
        <translation>&lt;b&gt;训练 %1&lt;/b&gt; · %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The best there is</source>
        <translation>现有最佳模型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Best model (step %1)</source>
        <translation>最佳模型（第 %1 步）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Best model</source>
        <translation>最佳模型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Final model</source>
        <translation>最终模型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last checkpoint</source>
        <translation>最后一个检查点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No model on disk</source>
        <translation>磁盘上没有模型</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No preview yet: it evaluates each mix on the val split (five evaluations).</source>
        <translation>尚无预览：预览会在验证划分上评估每种混合（共五次评估）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previewed %1. α 1 is the fine-tuned model, α 0 the pre-trained one.</source>
        <translation>预览于 %1。α 1 为微调模型，α 0 为预训练模型。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>step</source>
        <translation>步</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>training loss</source>
        <translation>训练损失</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (val split)</source>
        <translation>%1（验证划分）</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 loss</source>
        <translation>%1 损失</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 loss (smoothed)</source>
        <translation>%1 损失（平滑）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Continue run %1 from its last checkpoint on the Train page</source>
        <translation>在“训练”页面从最后一个检查点继续训练 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A stopped or interrupted run can be continued</source>
        <translation>已停止或已中断的训练可以继续</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delete the selected runs with their checkpoints and models (after asking)</source>
        <translation>删除所选训练及其检查点和模型（会先询问）</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Run %1 is %2: only a stopped or interrupted run can be continued.</source>
        <translation>训练 %1 的状态为“%2”：只有已停止或已中断的训练才能继续。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>run %1 “%2”</source>
        <translation>训练 %1“%2”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A run that is training cannot be deleted; stop it first.</source>
        <translation>正在进行的训练无法删除；请先停止它。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete when “%1” has finished.</source>
        <translation>请在“%1”完成后再删除。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete runs</source>
        <translation>删除训练</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete %1?</source>
        <translation>删除%1？</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete these %n runs?</source>
        <translation>
            <numerusform>删除这 %n 次训练？</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Its metrics, evaluations and checkpoints leave the project, and its checkpoint and models are deleted from %1. This cannot be undone.</source>
        <translation>其指标、评估和检查点记录将从项目中移除，其检查点和模型将从 %1 中删除。此操作无法撤销。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Their metrics, evaluations and checkpoints leave the project, and their checkpoints and models are deleted from their output folders. This cannot be undone.

%1</source>
        <translation>它们的指标、评估和检查点记录将从项目中移除，其检查点和模型将从各自的输出文件夹中删除。此操作无法撤销。

%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Deleting failed: %1</source>
        <translation>删除失败：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Deleted %n run(s).</source>
        <translation>
            <numerusform>已删除 %n 次训练。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kept %1: it holds other files.</source>
        <translation>已保留 %1：其中还有其他文件。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Export when “%1” has finished.</source>
        <translation>请在“%1”完成后再导出。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Exporting run %1 as a WiSE-FT mix at α %2…</source>
        <translation>正在将训练 %1 以 α %2 导出为 WiSE-FT 混合模型…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exporting run %1…</source>
        <translation>正在导出训练 %1…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Run %1&apos;s model (%2, α %3) is in %4, in the open_clip layout.</source>
        <translation>训练 %1 的模型（%2，α %3）位于 %4，采用 open_clip 布局。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The export was cancelled; the folder holds what it held before.</source>
        <translation>导出已取消；文件夹内容保持原样。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Preview when “%1” has finished.</source>
        <translation>请在“%1”完成后再预览。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Run %1 has no model on disk to mix.</source>
        <translation>训练 %1 在磁盘上没有可供混合的模型。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Previewing run %1&apos;s recall at each WiSE-FT α…</source>
        <translation>正在预览训练 %1 在各 WiSE-FT α 下的召回率…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Previewed just now. α 1 is the fine-tuned model, α 0 the pre-trained one.</source>
        <translation>刚刚完成预览。α 1 为微调模型，α 0 为预训练模型。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Previewed %n mix(es) of run %1 on the val split.</source>
        <translation>
            <numerusform>已在验证划分上预览训练 %1 的 %n 种混合。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The preview failed: %1</source>
        <translation>预览失败：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The preview was cancelled.</source>
        <translation>预览已取消。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The report cannot be made: %1</source>
        <translation>无法生成报告：%1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The report of run %1 is in %2.</source>
        <translation>训练 %1 的报告位于 %2。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The report of run %1 is in %2 and %3 (with its charts and the evaluations as CSV beside it).</source>
        <translation>训练 %1 的报告位于 %2 和 %3（旁边附有其图表和 CSV 格式的评估）。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Export the model as a folder</source>
        <translation>将模型导出为文件夹</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export the report</source>
        <translation>导出报告</translation>
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
        <translation>（已删除）</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Output folder: %1</source>
        <translation>输出文件夹：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No evaluation yet</source>
        <translation>尚无评估</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of the best model (step %2)</source>
        <translation>最佳模型的 %1（第 %2 步）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From the start to the last record</source>
        <translation>从开始到最后一条记录</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Best</source>
        <translation>最佳</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps</source>
        <translation>步数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The best validation value of the metric the run keeps its best model by (image R@5 unless set otherwise)</source>
        <translation>训练用于选择最佳模型的指标的最佳验证值（除非另行设置，否则为图像 R@5）</translation>
    </message>
</context>
<context>
    <name>clipft::ui::SearchPage</name>
    <message>
        <location filename="../ui/pages/search/search_page.cpp" line="+133"/>
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
        <location line="+12"/>
        <source>WiSE-FT α:</source>
        <translation>WiSE-FT α：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Mixes B&apos;s weights with its pre-trained model&apos;s: (1 − α)·pre-trained + α·fine-tuned. 1 is the run&apos;s model as trained; lower values keep more of what the pre-trained model knew. A dot marks the mixes already prepared.</source>
        <translation>将 B 的权重与其预训练模型的权重混合：(1 − α)·预训练 + α·微调。1 即该训练所得的模型；数值越小，保留的预训练模型知识越多。圆点标记已准备好的混合。</translation>
    </message>
    <message>
        <location line="+21"/>
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
        <location line="-250"/>
        <location line="+336"/>
        <source>α = %1 (ready)</source>
        <translation>α = %1（已就绪）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>α = %1</source>
        <translation>α = %1</translation>
    </message>
    <message>
        <location line="+23"/>
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
        <location line="+3"/>
        <source>B: %1, WiSE-FT α %2</source>
        <translation>B：%1，WiSE-FT α %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>B: %1</source>
        <translation>B：%1</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>B: none</source>
        <translation>B：无</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
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
        <location line="+20"/>
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
        <source>Train</source>
        <translation>训练</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runs</source>
        <translation>训练记录</translation>
    </message>
    <message>
        <location line="+69"/>
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
        <location line="+25"/>
        <location line="+93"/>
        <source>A training is running</source>
        <translation>有训练正在进行</translation>
    </message>
    <message>
        <location line="-113"/>
        <source>A run of %1 is training. Stop it and open %2? It keeps a checkpoint to continue from.</source>
        <translation>%1 中的一次训练正在进行。要停止它并打开 %2 吗？它会保留一个检查点，以便之后继续。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Stopping the training: it finishes its step and writes a checkpoint…</source>
        <translation>正在停止训练：它会完成当前步骤并写入检查点…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A run of %1 is training. Stop it and close the project? It keeps a checkpoint to continue from.</source>
        <translation>%1 中的一次训练正在进行。要停止它并关闭项目吗？它会保留一个检查点，以便之后继续。</translation>
    </message>
    <message>
        <location line="+15"/>
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
        <location line="+25"/>
        <source>The training is still running. Stop it and quit? It keeps a checkpoint, so you can continue it from the Runs page.</source>
        <translation>训练仍在进行。要停止它并退出吗？它会保留一个检查点，您可以在“训练记录”页面继续。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stopping the training: it finishes its step and writes a checkpoint, then clipft Studio quits…</source>
        <translation>正在停止训练：它会完成当前步骤并写入检查点，然后 clipft Studio 将退出…</translation>
    </message>
    <message>
        <location line="+13"/>
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
    <name>clipft::ui::TrainPage</name>
    <message>
        <location filename="../ui/pages/train/train_page.cpp" line="+175"/>
        <source>Paused at step %1.</source>
        <translation>已在第 %1 步暂停。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resumed at step %1.</source>
        <translation>已在第 %1 步恢复。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>evaluating: %1 %2/%3</source>
        <translation>评估中：%1 %2/%3</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Save…</source>
        <translation>保存…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save these settings as a JSON file</source>
        <translation>将这些设置保存为 JSON 文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load…</source>
        <translation>加载…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load settings from a JSON file</source>
        <translation>从 JSON 文件加载设置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy as command line</source>
        <translation>复制为命令行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copies the exact clipft train command for these settings, to run them on a server</source>
        <translation>复制与这些设置完全对应的 clipft train 命令，以便在服务器上运行</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Copied: %1</source>
        <translation>已复制：%1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+536"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location line="-535"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stops the run between two steps and keeps a checkpoint to continue from</source>
        <translation>在两步之间停止训练，并保留一个检查点以便继续</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continues the stopped run from its checkpoint</source>
        <translation>从检查点继续已停止的训练</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the settings and press Start.</source>
        <translation>选择设置，然后点击“开始”。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Training loss</source>
        <translation>训练损失</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <location line="+4"/>
        <location line="+4"/>
        <source>step</source>
        <translation>步</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+1"/>
        <source>loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>smoothed</source>
        <translation>平滑</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Validation recall</source>
        <translation>验证召回率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recall</source>
        <translation>召回率</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Learning rate and temperature</source>
        <translation>学习率与温度</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>learning rate</source>
        <translation>学习率</translation>
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
        <translation>验证损失与吞吐量</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>validation loss</source>
        <translation>验证损失</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+2"/>
        <source>samples/s</source>
        <translation>样本/秒</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Smoothing</source>
        <translation>平滑</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exponential moving average of the training loss, as TensorBoard smooths</source>
        <translation>训练损失的指数移动平均，与 TensorBoard 的平滑方式相同</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wheel: zoom · drag: pan · double-click: show all · right-click: export</source>
        <translation>滚轮：缩放 · 拖动：平移 · 双击：显示全部 · 右键：导出</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+235"/>
        <source>Probe queries</source>
        <translation>探测查询</translation>
    </message>
    <message>
        <location line="-233"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+286"/>
        <source>Log</source>
        <translation>日志</translation>
    </message>
    <message>
        <location line="-266"/>
        <source>Before</source>
        <translation>训练前</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After</source>
        <translation>训练后</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image recall@1</source>
        <translation>图像召回率@1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Image recall@5</source>
        <translation>图像召回率@5</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Image recall@10</source>
        <translation>图像召回率@10</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text recall@1</source>
        <translation>文本召回率@1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Text recall@5</source>
        <translation>文本召回率@5</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Text recall@10</source>
        <translation>文本召回率@10</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Open in Runs</source>
        <translation>在“训练记录”中打开</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare in Search</source>
        <translation>在“搜索”中比较</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The pre-trained model beside this run&apos;s best model, on the Search page</source>
        <translation>在“搜索”页面将预训练模型与此次训练的最佳模型并排比较</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to the probes</source>
        <translation>返回探测查询</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&lt;b&gt;Probe queries&lt;/b&gt; — the top 5 validation images at each evaluation; the true image is outlined</source>
        <translation>&lt;b&gt;探测查询&lt;/b&gt; — 每次评估时排名前 5 的验证图像；正确的图像带有边框</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the text queries shown here, one per line</source>
        <translation>选择此处显示的文本查询，每行一条</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Built-in demo model</source>
        <translation>内置演示模型</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>Text queries, one per line. They apply from the next run on.</source>
        <translation>文本查询，每行一条。从下一次训练起生效。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a model folder</source>
        <translation>选择模型文件夹</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save the training settings</source>
        <translation>保存训练设置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Load training settings</source>
        <translation>加载训练设置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON 文件 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 holds no usable settings: %2</source>
        <translation>%1 中没有可用的设置：%2</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Training %1 from %2 on %3.</source>
        <translation>正在 %3 上以 %2 为起点使用 %1 进行训练。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Continuing run %1 “%2” from its checkpoint.</source>
        <translation>正在从检查点继续训练 %1“%2”。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The form holds the settings of run %1 “%2”.</source>
        <translation>表单中已填入训练 %1“%2”的设置。</translation>
    </message>
    <message>
        <source>Run %1 “%2”: %3</source>
        <translation type="vanished">训练 %1“%2”：%3</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Stopping: the run ends after this step, with a checkpoint to continue from.</source>
        <translation>正在停止：训练将在这一步之后结束，并保留一个检查点以便继续。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Resume</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Step %1: %2 step(s) skipped so far for a NaN or infinite loss.</source>
        <translation>第 %1 步：迄今已因损失为 NaN 或无穷大而跳过 %2 步。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>pre-trained %1 %2</source>
        <translation>预训练 %1 %2</translation>
    </message>
    <message>
        <location line="-747"/>
        <location line="+747"/>
        <source>image R@5</source>
        <translation>图像 R@5</translation>
    </message>
    <message>
        <location line="-748"/>
        <source>image R@1</source>
        <translation>图像 R@1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>image R@10</source>
        <translation>图像 R@10</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text R@1</source>
        <translation>文本 R@1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+744"/>
        <source>text R@5</source>
        <translation>文本 R@5</translation>
    </message>
    <message>
        <location line="-743"/>
        <source>text R@10</source>
        <translation>文本 R@10</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Run %1 is not in the project any more.</source>
        <translation>训练 %1 已不在项目中。</translation>
    </message>
    <message>
        <location line="+616"/>
        <source>completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stopped; it can be continued</source>
        <translation>已停止；可以继续</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>interrupted (its process ended); it can be continued</source>
        <translation>已中断（其进程已结束）；可以继续</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>training in another process</source>
        <translation>正在另一个进程中训练</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Run %1 “%2”: %3 · %Ln step(s)</source>
        <translation>
            <numerusform>训练 %1“%2”：%3 · %Ln 步</numerusform>
        </translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Step %1: image recall@5 %2, text recall@5 %3%4</source>
        <translation>第 %1 步：图像召回率@5 %2，文本召回率@5 %3%4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (best so far)</source>
        <translation>（迄今最佳）</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>true image at rank %1</source>
        <translation>正确图像排名第 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a caption of the val split</source>
        <translation>不是验证划分中的描述</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Its top 5 images appear at the next evaluation of a run.</source>
        <translation>其排名前 5 的图像将在训练的下一次评估时显示。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1
rank %2 · score %3</source>
        <translation>%1
排名 %2 · 得分 %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No probe queries: the validation split has no captions to take them from. Choose Edit… to write some.</source>
        <translation>没有探测查询：验证划分中没有可供选取的描述。请选择“编辑…”自行编写。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>step %1/%2</source>
        <translation>第 %1/%2 步</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>epoch %1</source>
        <translation>第 %1 轮</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 samples/s</source>
        <translation>%1 样本/秒</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ETA %1</source>
        <translation>预计剩余 %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ETA …</source>
        <translation>预计剩余 …</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>memory %1 MiB</source>
        <translation>内存 %1 MiB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Run %1 stopped at step %2. Continue it here or from the Runs page.</source>
        <translation>训练 %1 已在第 %2 步停止。可在此处或“训练记录”页面继续。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run %1 stopped early at step %2 (no more improvement).</source>
        <translation>训练 %1 在第 %2 步提前停止（不再有提升）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run %1 completed %2 steps in %3.</source>
        <translation>训练 %1 在 %3 内完成了 %2 步。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The training failed.</source>
        <translation>训练失败。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>warning: </source>
        <translation>警告：</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Log (%n warning(s))</source>
        <translation>
            <numerusform>日志（%n 条警告）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&lt;p style=&apos;font-size:large&apos;&gt;&lt;b&gt;Image recall@5: %1 → %2 (%3)&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Model: %4&lt;br&gt;Dataset: %5 (val split)&lt;br&gt;Best step: %6 · Duration: %7&lt;/p&gt;&lt;p&gt;“Before” is the pre-trained model (the evaluation at step 0), “after” the run&apos;s best model, as the Finetuner study reported them.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;font-size:large&apos;&gt;&lt;b&gt;图像召回率@5：%1 → %2（%3）&lt;/b&gt;&lt;/p&gt;&lt;p&gt;模型：%4&lt;br&gt;数据集：%5（验证划分）&lt;br&gt;最佳步数：%6 · 时长：%7&lt;/p&gt;&lt;p&gt;“训练前”为预训练模型（第 0 步的评估），“训练后”为此次训练的最佳模型，与 Finetuner 研究的报告方式相同。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Result of run %1</source>
        <translation>训练 %1 的结果</translation>
    </message>
</context>
<context>
    <name>clipft::ui::TrainingForm</name>
    <message>
        <location filename="../ui/pages/train/training_form.cpp" line="+49"/>
        <source>Quick CPU demo</source>
        <translation>CPU 快速演示</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finetuner study (lr 1e-6, 5 epochs)</source>
        <translation>Finetuner 研究（lr 1e-6，5 轮）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Small data set (image tower locked)</source>
        <translation>小数据集（锁定图像编码器）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A short run sized for a laptop CPU: a high learning rate and frequent evaluations, so that the charts move within a minute or two on the demo.</source>
        <translation>为笔记本电脑 CPU 设计的短时训练：较高的学习率和频繁的评估，使演示中的图表在一两分钟内就有变化。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The settings of Jina AI&apos;s Finetuner study: a learning rate of 1e-6 for 5 epochs. Gentle, for real photos and a pre-trained model worth keeping.</source>
        <translation>Jina AI 的 Finetuner 研究所用的设置：学习率 1e-6，训练 5 轮。较为温和，适用于真实照片和值得保留的预训练模型。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only the text tower learns: with a few hundred images, training the image tower too mostly memorises them.</source>
        <translation>只训练文本编码器：图像只有几百张时，同时训练图像编码器多半只会记住这些图像。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Image recall@5 (text → image)</source>
        <translation>图像召回率@5（文本 → 图像）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image recall@1 (text → image)</source>
        <translation>图像召回率@1（文本 → 图像）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image recall@10 (text → image)</source>
        <translation>图像召回率@10（文本 → 图像）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text recall@5 (image → text)</source>
        <translation>文本召回率@5（图像 → 文本）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text recall@1 (image → text)</source>
        <translation>文本召回率@1（图像 → 文本）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Validation loss (lower is better)</source>
        <translation>验证损失（越低越好）</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fills the form with settings known to work; any field can be changed afterwards.</source>
        <translation>用已知可行的设置填写表单；之后可以修改任何字段。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preset</source>
        <translation>预设</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+84"/>
        <source>Advanced</source>
        <translation>高级</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>Basic</source>
        <translation>基本</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The data set to train on: its train split is trained on, its val split evaluated.</source>
        <translation>用于训练的数据集：在其训练划分上训练，在其验证划分上评估。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The pre-trained model to start from: an open_clip or Hugging Face transformers folder.</source>
        <translation>作为起点的预训练模型：open_clip 或 Hugging Face transformers 文件夹。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a model folder</source>
        <translation>选择模型文件夹</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Passes over the training images.</source>
        <translation>遍历训练图像的次数。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Epochs</source>
        <translation>轮数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>by epochs</source>
        <translation>按轮数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Train exactly this many optimizer steps, whatever the epochs say. (clipft only)</source>
        <translation>无论轮数如何，都精确训练这么多优化器步数。（仅 clipft）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps</source>
        <translation>步数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The peak learning rate, reached after the warmup and then decayed on a cosine.</source>
        <translation>学习率峰值，在预热后达到，随后按余弦曲线衰减。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+294"/>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <location line="-291"/>
        <source>Images per batch; every other image of the batch is a negative for the contrastive loss.</source>
        <translation>每批的图像数；批中的其他每张图像都是对比损失的负样本。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Batch size</source>
        <translation>批大小</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Batches whose embeddings are gathered before one optimizer step: a larger effective batch (more negatives) in the same memory.</source>
        <translation>在一次优化器步骤前汇集其嵌入的批次数：在相同内存下获得更大的有效批次（更多负样本）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Accumulation</source>
        <translation>累积</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>auto (10%, at most 500)</source>
        <translation>自动（10%，最多 500）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps over which the learning rate rises linearly from 0.</source>
        <translation>学习率从 0 线性上升所经历的步数。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warmup steps</source>
        <translation>预热步数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AdamW&apos;s decoupled weight decay, on weights only (not on biases, norms, embeddings or the temperature).</source>
        <translation>AdamW 的解耦权重衰减，仅作用于权重（不作用于偏置、归一化层、嵌入或温度）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+258"/>
        <source>Weight decay</source>
        <translation>权重衰减</translation>
    </message>
    <message>
        <location line="-257"/>
        <source>Clips the gradients&apos; global norm to this value; 0 turns clipping off.</source>
        <translation>将梯度的全局范数裁剪到此值；0 表示关闭裁剪。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+256"/>
        <source>Gradient clipping</source>
        <translation>梯度裁剪</translation>
    </message>
    <message>
        <location line="-255"/>
        <location line="+5"/>
        <source>not locked</source>
        <translation>不锁定</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Freezes the image tower except its last N layer groups: 0 freezes all of it, 1 leaves the projection trainable, 2 also the last block.</source>
        <translation>冻结图像编码器，仅保留最后 N 个层组可训练：0 表示全部冻结，1 表示投影层可训练，2 表示最后一个模块也可训练。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lock image tower</source>
        <translation>锁定图像编码器</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Freezes the text tower except its last N layer groups, counted as for the image tower.</source>
        <translation>冻结文本编码器，仅保留最后 N 个层组可训练，计数方式与图像编码器相同。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lock text tower</source>
        <translation>锁定文本编码器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learn the temperature</source>
        <translation>学习温度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trains the logit scale (the softmax temperature&apos;s inverse), clamped to at most 100 as open_clip does.</source>
        <translation>训练 logit scale（softmax 温度的倒数），与 open_clip 一样将其上限限制为 100。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>always learned</source>
        <translation>始终学习</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logit scale</source>
        <translation>Logit scale</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fp32 (full precision)</source>
        <translation>fp32（全精度）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>amp (fp16 autocast, CUDA)</source>
        <translation>amp（fp16 自动混合精度，CUDA）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bf16 (bfloat16 autocast, CUDA)</source>
        <translation>bf16（bfloat16 自动混合精度，CUDA）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arithmetic precision. Autocast halves activation memory and speeds up a GPU; the CPU trains in fp32.</source>
        <translation>运算精度。自动混合精度可将激活内存减半并加快 GPU 速度；在 CPU 上以 fp32 训练。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Precision</source>
        <translation>精度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>each epoch</source>
        <translation>每轮</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also evaluate on the val split every N steps (always at each epoch&apos;s end).</source>
        <translation>每 N 步也在验证划分上评估一次（每轮结束时始终评估）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--val-frequency (in epochs)</source>
        <translation>--val-frequency（以轮次计）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluate every</source>
        <translation>评估间隔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at evaluations</source>
        <translation>评估时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the resumable checkpoint every N steps.</source>
        <translation>每 N 步写入一次可恢复的检查点。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>--save-frequency (in epochs)</source>
        <translation>--save-frequency（以轮次计）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checkpoint every</source>
        <translation>检查点间隔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps between stored metrics and log lines.</source>
        <translation>两次记录指标和日志行之间的步数。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log every</source>
        <translation>日志间隔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The validation metric that picks the best model and drives early stopping.</source>
        <translation>用于选出最佳模型并决定早停的验证指标。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Best model by</source>
        <translation>最佳模型依据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop after this many evaluations without improvement of the best-model metric.</source>
        <translation>最佳模型指标连续这么多次评估没有提升后停止。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Early stopping</source>
        <translation>早停</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The smallest change that counts as an improvement for early stopping.</source>
        <translation>早停时计为提升的最小变化量。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+217"/>
        <source>Minimum improvement</source>
        <translation>最小提升</translation>
    </message>
    <message>
        <location line="-216"/>
        <source>Seeds shuffling and augmentation: the same seed trains the same model.</source>
        <translation>用于数据打乱和数据增强的种子：相同的种子会训练出相同的模型。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Random resized crop</source>
        <translation>随机缩放裁剪</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open_clip&apos;s training augmentation: crops of 90–100% of the image.</source>
        <translation>open_clip 的训练数据增强：裁剪图像的 90–100%。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Augmentation</source>
        <translation>数据增强</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Include my search feedback</source>
        <translation>包含我的搜索反馈</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also train on the captions you confirmed on the Search page (&quot;This is a match&quot;) for training images.</source>
        <translation>同时使用您在“搜索”页面为训练图像确认过的描述（“匹配”）进行训练。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Feedback</source>
        <translation>反馈</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Run</source>
        <translation>训练</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the run is listed on the Runs page.</source>
        <translation>此次训练在“训练记录”页面上显示的名称。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Automatic (a GPU when there is one)</source>
        <translation>自动（有 GPU 时使用 GPU）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Where the model trains: the CPU, or a CUDA GPU.</source>
        <translation>模型的训练位置：CPU 或 CUDA GPU。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Weights, gradients, AdamW&apos;s two moments and the activations autograd keeps, for this model, batch size and precision. An estimate: allocators add some.</source>
        <translation>此模型、批大小和精度下的权重、梯度、AdamW 的两个动量以及 autograd 保留的激活。仅为估算：内存分配器还会额外占用一些。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Memory needed</source>
        <translation>所需内存</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 free of %2</source>
        <translation>%2 中可用 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>memory unknown</source>
        <translation>内存未知</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CPU: %1 · %2</source>
        <translation>CPU：%1 · %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 · %3</source>
        <translation>%1：%2 · %3</translation>
    </message>
    <message>
        <location line="+160"/>
        <source>%1: &quot;%2&quot; is not a number (write it as 0.0003 or 3e-4)</source>
        <translation>%1：“%2”不是数字（请写成 0.0003 或 3e-4）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: must not be negative</source>
        <translation>%1：不能为负数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: must be greater than 0</source>
        <translation>%1：必须大于 0</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dataset: the project has no data set yet; import one on the Data page</source>
        <translation>数据集：项目中还没有数据集；请在“数据”页面导入一个</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model: choose a model folder</source>
        <translation>模型：请选择模型文件夹</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Precision: autocast needs a CUDA GPU; the CPU trains in fp32</source>
        <translation>精度：自动混合精度需要 CUDA GPU；在 CPU 上以 fp32 训练</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>reading the model…</source>
        <translation>正在读取模型…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (weights %2, gradients and AdamW %3, activations %4) · %5 parameters</source>
        <translation>%1（权重 %2，梯度和 AdamW %3，激活 %4）· %5 个参数</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>it is not a JSON object</source>
        <translation>它不是 JSON 对象</translation>
    </message>
    <message>
        <location line="+32"/>
        <source># cannot be written as a command line: %1</source>
        <translation># 无法写成命令行：%1</translation>
    </message>
</context>
<context>
    <name>clipft::ui::TrainingSession</name>
    <message>
        <location filename="../ui/pages/train/training_session.cpp" line="+31"/>
        <source>images</source>
        <translation>图像</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>captions</source>
        <translation>描述</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Checkpoint at step %1: %2</source>
        <translation>第 %1 步的检查点：%2</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Training run %1</source>
        <translation>训练 %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The training was cancelled before it had started.</source>
        <translation>训练在开始前已被取消。</translation>
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
        <location filename="../app/studio/main.cpp" line="+82"/>
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
        <source>The page to show: welcome, data, report, model, train, train-live, train-summary, search, compare or runs</source>
        <translation>要显示的页面：welcome、data、report、model、train、train-live、train-summary、search、compare 或 runs</translation>
    </message>
    <message>
        <source>The page to show: welcome, data, report, model, search or compare</source>
        <translation type="vanished">要显示的页面：welcome、data、report、model、search 或 compare</translation>
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
