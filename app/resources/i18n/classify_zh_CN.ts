<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Classify</name>
    <message>
        <location filename="../../ui/dialogs/classify.py" line="29"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/classify.py" line="30"/>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/classify.py" line="31"/>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/classify.py" line="32"/>
        <source>Size</source>
        <translation>规模</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/classify.py" line="35"/>
        <source>Name contains one of the keywords</source>
        <translation>名称包含任一关键词</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/classify.py" line="36"/>
        <source>Address contains one of the keywords</source>
        <translation>地址包含任一关键词</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/classify.py" line="37"/>
        <source>Province named in the address</source>
        <translation>地址中的省份</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/classify.py" line="38"/>
        <source>Credit limit within a range</source>
        <translation>信用额度在某一范围内</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/classify.py" line="41"/>
        <source>Keywords separated by |, e.g. 局|委员会|政府</source>
        <translation>关键词以 | 分隔，例如 局|委员会|政府</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/classify.py" line="42"/>
        <source>Keywords separated by |, e.g. 开发区|工业园</source>
        <translation>关键词以 | 分隔，例如 开发区|工业园</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/classify.py" line="43"/>
        <source>Nothing to enter: the province is found in the address</source>
        <translation>无需填写：省份从地址中识别</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/classify.py" line="44"/>
        <source>From..to, either side may be empty, e.g. 100000..</source>
        <translation>下限..上限，任一侧可留空，例如 100000..</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/classify.py" line="48"/>
        <source>Classification rules…</source>
        <translation>分类规则…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/classify.py" line="49"/>
        <source>Classify the %1 new customers by the rules…</source>
        <translation>按规则为 %1 个新客户分类…</translation>
    </message>
</context>
<context>
    <name>ClassifyPreviewDialog</name>
    <message>
        <location filename="../../ui/dialogs/classify.py" line="79"/>
        <source>What the classification rules would set</source>
        <translation>分类规则将设置的内容</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/classify.py" line="82"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/classify.py" line="83"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/classify.py" line="84"/>
        <source>Now</source>
        <translation>当前</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/classify.py" line="85"/>
        <source>Would be</source>
        <translation>将改为</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/classify.py" line="86"/>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/classify.py" line="91"/>
        <source>Looking at the customers…</source>
        <translation>正在查看客户…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/classify.py" line="94"/>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/classify.py" line="98"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/classify.py" line="106"/>
        <source>Nothing is written until you press Apply. A rule fills an empty field only, unless it is set to overwrite.</source>
        <translation>按“应用”之前不会写入任何内容。规则只填写空字段，除非设为覆盖。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/classify.py" line="126"/>
        <source>%1 fields of %2 customers would change.</source>
        <translation>将更改 %2 个客户的 %1 个字段。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/classify.py" line="129"/>
        <source>The rules would change nothing.</source>
        <translation>规则不会更改任何内容。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/classify.py" line="136"/>
        <source>Set %1 fields.</source>
        <translation>已设置 %1 个字段。</translation>
    </message>
</context>
<context>
    <name>ClassifyRulesDialog</name>
    <message>
        <location filename="../../ui/dialogs/classify.py" line="153"/>
        <source>Classification rules</source>
        <translation>分类规则</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/classify.py" line="156"/>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/classify.py" line="157"/>
        <source>On</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/classify.py" line="157"/>
        <location filename="../../ui/dialogs/classify.py" line="159"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/classify.py" line="157"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/classify.py" line="158"/>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/classify.py" line="159"/>
        <source>Overwrites</source>
        <translation>覆盖</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/classify.py" line="178"/>
        <source>Also replace a value already there</source>
        <translation>同时替换已有的值</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/classify.py" line="180"/>
        <source>Add rule</source>
        <translation>添加规则</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/classify.py" line="184"/>
        <source>Set</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/classify.py" line="185"/>
        <source>When</source>
        <translation>条件</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/classify.py" line="186"/>
        <source>Keywords or range</source>
        <translation>关键词或范围</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/classify.py" line="187"/>
        <source>To the value</source>
        <translation>设为</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/classify.py" line="190"/>
        <location filename="../../ui/dialogs/classify.py" line="239"/>
        <source>Switch off</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/classify.py" line="193"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/classify.py" line="196"/>
        <source>Preview on all customers…</source>
        <translation>预览全部客户…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/classify.py" line="199"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/classify.py" line="213"/>
        <source>Rules are tried in order; for each field the first rule that matches a customer gives the value.</source>
        <translation>规则按顺序匹配；每个字段取第一条匹配客户的规则的值。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/classify.py" line="239"/>
        <source>Switch on</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/classify.py" line="245"/>
        <source>Empty: the province itself</source>
        <translation>留空：即省份本身</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/classify.py" line="254"/>
        <source>Added: %1</source>
        <translation>已添加：%1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/classify.py" line="266"/>
        <source>Removed.</source>
        <translation>已删除。</translation>
    </message>
</context>
</TS>
