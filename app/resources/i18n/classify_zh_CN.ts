<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Classify</name>
    <message>
        <location filename="../../ui/dialogs/classify.py" line="33"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/classify.py" line="34"/>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/classify.py" line="35"/>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/classify.py" line="36"/>
        <source>Size</source>
        <translation>规模</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/classify.py" line="39"/>
        <source>Name contains one of the keywords</source>
        <translation>名称包含任一关键词</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/classify.py" line="40"/>
        <source>Address contains one of the keywords</source>
        <translation>地址包含任一关键词</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/classify.py" line="41"/>
        <source>Province named in the address</source>
        <translation>地址中的省份</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/classify.py" line="42"/>
        <source>Credit limit within a range</source>
        <translation>信用额度在某一范围内</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/classify.py" line="45"/>
        <source>Keywords separated by |, e.g. 局|委员会|政府</source>
        <translation>关键词以 | 分隔，例如 局|委员会|政府</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/classify.py" line="46"/>
        <source>Keywords separated by |, e.g. 开发区|工业园</source>
        <translation>关键词以 | 分隔，例如 开发区|工业园</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/classify.py" line="47"/>
        <source>Nothing to enter: the province is found in the address</source>
        <translation>无需填写：省份从地址中识别</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/classify.py" line="48"/>
        <source>From..to, either side may be empty, e.g. 100000..</source>
        <translation>下限..上限，任一侧可留空，例如 100000..</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/classify.py" line="52"/>
        <source>Classification rules…</source>
        <translation>分类规则…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/classify.py" line="53"/>
        <source>Classify the %1 new customers by the rules…</source>
        <translation>按规则为 %1 个新客户分类…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/classify.py" line="284"/>
        <source>Grade rules…</source>
        <translation>等级规则…</translation>
    </message>
</context>
<context>
    <name>ClassifyPreviewDialog</name>
    <message>
        <location filename="../../ui/dialogs/classify.py" line="83"/>
        <source>What the classification rules would set</source>
        <translation>分类规则将设置的内容</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/classify.py" line="86"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/classify.py" line="87"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/classify.py" line="88"/>
        <source>Now</source>
        <translation>当前</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/classify.py" line="89"/>
        <source>Would be</source>
        <translation>将改为</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/classify.py" line="90"/>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/classify.py" line="96"/>
        <source>Looking at the customers…</source>
        <translation>正在查看客户…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/classify.py" line="99"/>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/classify.py" line="103"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/classify.py" line="111"/>
        <source>Nothing is written until you press Apply. A rule fills an empty field only, unless it is set to overwrite.</source>
        <translation>按“应用”之前不会写入任何内容。规则只填写空字段，除非设为覆盖。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/classify.py" line="131"/>
        <source>%1 fields of %2 customers would change.</source>
        <translation>将更改 %2 个客户的 %1 个字段。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/classify.py" line="134"/>
        <source>The rules would change nothing.</source>
        <translation>规则不会更改任何内容。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/classify.py" line="141"/>
        <source>Set %1 fields.</source>
        <translation>已设置 %1 个字段。</translation>
    </message>
</context>
<context>
    <name>ClassifyRulesDialog</name>
    <message>
        <location filename="../../ui/dialogs/classify.py" line="158"/>
        <source>Classification rules</source>
        <translation>分类规则</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/classify.py" line="161"/>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/classify.py" line="162"/>
        <source>On</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/classify.py" line="162"/>
        <location filename="../../ui/dialogs/classify.py" line="164"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/classify.py" line="162"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/classify.py" line="163"/>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/classify.py" line="164"/>
        <source>Overwrites</source>
        <translation>覆盖</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/classify.py" line="183"/>
        <source>Also replace a value already there</source>
        <translation>同时替换已有的值</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/classify.py" line="185"/>
        <source>Add rule</source>
        <translation>添加规则</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/classify.py" line="189"/>
        <source>Set</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/classify.py" line="190"/>
        <source>When</source>
        <translation>条件</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/classify.py" line="191"/>
        <source>Keywords or range</source>
        <translation>关键词或范围</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/classify.py" line="192"/>
        <source>To the value</source>
        <translation>设为</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/classify.py" line="195"/>
        <location filename="../../ui/dialogs/classify.py" line="244"/>
        <source>Switch off</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/classify.py" line="198"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/classify.py" line="201"/>
        <source>Preview on all customers…</source>
        <translation>预览全部客户…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/classify.py" line="204"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/classify.py" line="218"/>
        <source>Rules are tried in order; for each field the first rule that matches a customer gives the value.</source>
        <translation>规则按顺序匹配；每个字段取第一条匹配客户的规则的值。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/classify.py" line="244"/>
        <source>Switch on</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/classify.py" line="250"/>
        <source>Empty: the province itself</source>
        <translation>留空：即省份本身</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/classify.py" line="259"/>
        <source>Added: %1</source>
        <translation>已添加：%1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/classify.py" line="271"/>
        <source>Removed.</source>
        <translation>已删除。</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>name at least one keyword</source>
        <translation>请至少填写一个关键词</translation>
    </message>
    <message>
        <source>a range such as 0..50000 or 100000.. is needed</source>
        <translation>需要一个范围，例如 0..50000 或 100000..</translation>
    </message>
    <message>
        <source>the value to set is needed</source>
        <translation>请填写要设置的值</translation>
    </message>
    <message>
        <source>the customers or the rules changed since the preview; look at it again</source>
        <translation>预览之后客户或规则已有变化，请重新查看</translation>
    </message>
    <message>
        <source>between 1 and 12 months</source>
        <translation>须在 1 到 12 个月之间</translation>
    </message>
    <message>
        <source>between 1 and 365 days</source>
        <translation>须在 1 到 365 天之间</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Keywords or range</source>
        <translation>关键词或范围</translation>
    </message>
    <message>
        <source>Months paid on time</source>
        <translation>按时付款月数</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>逾期天数</translation>
    </message>
</context>
<context>
    <name>GradeRulesDialog</name>
    <message>
        <location filename="../../ui/dialogs/classify.py" line="298"/>
        <source>Grade rules</source>
        <translation>等级规则</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/classify.py" line="299"/>
        <source>Raise the grade one step after whole months with every invoice paid on time</source>
        <translation>连续数个整月所有发票均按时付款后，等级提升一级</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/classify.py" line="304"/>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/classify.py" line="305"/>
        <source>Lower the grade one step when a payment is more than this many days late</source>
        <translation>付款逾期超过此天数时，等级降低一级</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/classify.py" line="310"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/classify.py" line="311"/>
        <source>Lower the grade one step when a promise to pay is broken</source>
        <translation>未履行付款承诺时，等级降低一级</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/classify.py" line="315"/>
        <source>Months in a row</source>
        <translation>连续月数</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/classify.py" line="317"/>
        <source>Days late</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/classify.py" line="319"/>
        <source>Each change a rule makes is kept in the grade history and shown in the credit report.</source>
        <translation>规则所做的每次调整都记入等级历史，并显示在信用报告中。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/classify.py" line="323"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/classify.py" line="327"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
</TS>
