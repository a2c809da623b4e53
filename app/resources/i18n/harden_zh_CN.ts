<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Errors</name>
    <message>
        <source>the server's data has %1 rows pointing at missing rows (first in table %2); nothing was backed up</source>
        <translation>服务器上的数据有 %1 行指向不存在的行（第一处在表 %2）；未做任何备份</translation>
    </message>
    <message>
        <source>export the backup key</source>
        <translation>导出备份密钥</translation>
    </message>
    <message>
        <source>save report templates</source>
        <translation>保存报表模板</translation>
    </message>
    <message>
        <source>change their own password</source>
        <translation>修改自己的密码</translation>
    </message>
    <message>
        <source>The date is outside 1900-01-01 to 2999-12-31.</source>
        <translation>日期超出 1900-01-01 至 2999-12-31 的范围。</translation>
    </message>
    <message>
        <source>above the largest amount allowed (10000000000000)</source>
        <translation>超过允许的最大金额（10000000000000）</translation>
    </message>
    <message>
        <source>%1 is outside 1900-01-01 to 2999-12-31</source>
        <translation>%1 超出 1900-01-01 至 2999-12-31 的范围</translation>
    </message>
    <message>
        <source>its sealed head is missing (entries may have been removed)</source>
        <translation>其密封的末端记录缺失（可能有条目被删除）</translation>
    </message>
    <message>
        <source>its head is not sealed by this company's key (the trail was rewritten)</source>
        <translation>其末端记录未由本公司的密钥密封（审计记录被改写）</translation>
    </message>
    <message>
        <source>it holds %1 entries where %2 were sealed</source>
        <translation>现有 %1 条记录，而密封时为 %2 条</translation>
    </message>
    <message>
        <source>its last entry is not the one sealed (re-hashed)</source>
        <translation>最后一条记录不是被密封的那条（已被重新计算哈希）</translation>
    </message>
    <message>
        <source>%1 is not signed by a company key (made by someone else or by an older Duebook): it is not trusted</source>
        <translation>%1 没有公司密钥的签名（由他人或旧版 Duebook 制作）：不予信任</translation>
    </message>
    <message>
        <source>%1 is forged or altered: its signature does not match the company's key</source>
        <translation>%1 是伪造或被改动过的：其签名与公司密钥不符</translation>
    </message>
    <message>
        <source>%1 is not a Duebook backup: its manifest is %2 bytes (at most %3)</source>
        <translation>%1 不是 Duebook 备份：其清单有 %2 字节（最多 %3）</translation>
    </message>
    <message>
        <source>%1 is not a regular file</source>
        <translation>%1 不是普通文件</translation>
    </message>
    <message>
        <source>holds a control character</source>
        <translation>含有控制字符</translation>
    </message>
    <message>
        <source>holds a character that reverses or hides text</source>
        <translation>含有会颠倒或隐藏文字的字符</translation>
    </message>
    <message>
        <source>a quote opened on this row is never closed</source>
        <translation>此行开始的引号没有闭合</translation>
    </message>
    <message>
        <source>The text holds a character that is not allowed here.</source>
        <translation>文字中含有此处不允许的字符。</translation>
    </message>
    <message>
        <source>%1 is refused unread: %2</source>
        <translation>%1 未经读取即被拒绝：%2</translation>
    </message>
    <message>
        <source>its shared strings take %1 bytes (at most %2)</source>
        <translation>其共享字符串占 %1 字节（最多 %2）</translation>
    </message>
    <message>
        <source>%1 inflates %2 times (a zip bomb)</source>
        <translation>%1 解压后膨胀 %2 倍（压缩炸弹）</translation>
    </message>
    <message>
        <source>a sheet claims %1 columns (at most %2)</source>
        <translation>某个工作表声称有 %1 列（最多 %2）</translation>
    </message>
    <message>
        <source>a sheet claims %1 cells (at most %2)</source>
        <translation>某个工作表声称有 %1 个单元格（最多 %2）</translation>
    </message>
    <message>
        <source>%1 %2 has amount %3 in the books but %4 in the audit trail</source>
        <translation>%1 %2 在账上的金额为 %3，但审计记录中为 %4</translation>
    </message>
    <message>
        <source>application %1 has amount %2 in the books but %3 in the audit trail</source>
        <translation>核销 %1 在账上的金额为 %2，但审计记录中为 %3</translation>
    </message>
    <message>
        <source>customer %1 has %2 %3 in the books but %4 in the audit trail</source>
        <translation>客户 %1 的 %2 在账上为 %3，但审计记录中为 %4</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>The audit trail was tampered with: %1.</source>
        <translation>审计记录已被篡改：%1。</translation>
    </message>
</context>
</TS>
