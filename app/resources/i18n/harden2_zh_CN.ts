<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Errors</name>
    <message>
        <source>write off debts</source>
        <translation>核销坏账</translation>
    </message>
    <message>
        <source>This backup is not signed by the company's key. If you made it yourself (an older backup, or one made where the key was not), tick &quot;Accept a backup that is not signed&quot; and try again.</source>
        <translation>此备份未经本公司密钥签名。如果是您自己制作的（较早的备份，或在没有密钥的电脑上制作的），请勾选“接受未签名的备份”后重试。</translation>
    </message>
    <message>
        <source>it was rolled back: its head is seal %1 with %2 entries, but this computer last sealed seal %3 with %4 entries (an older copy of the file or of its trail was put back; a restore made by Duebook is not this)</source>
        <translation>它被回滚了：其头部是第 %1 次封存，共 %2 条记录，但本电脑最后封存的是第 %3 次，共 %4 条记录（有人放回了文件或其审计记录的旧副本；通过 Duebook 恢复备份不会这样）</translation>
    </message>
    <message>
        <source>its head is seal %1 with %2 entries, but this computer sealed seal %3 with %4 entries (another copy of the file was put back)</source>
        <translation>其头部是第 %1 次封存，共 %2 条记录，但本电脑封存的是第 %3 次，共 %4 条记录（有人放回了该文件的另一个副本）</translation>
    </message>
    <message>
        <source>%1 %2 belongs to customer %3 in the books but to %4 in the audit trail</source>
        <translation>账上 %1 %2 属于客户 %3，但审计记录中属于 %4</translation>
    </message>
    <message>
        <source>%1 %2 is voided in the books but was never voided in the audit trail</source>
        <translation>账上 %1 %2 已作废，但审计记录中从未作废</translation>
    </message>
    <message>
        <source>%1 %2 is not voided in the books but was voided in the audit trail</source>
        <translation>账上 %1 %2 未作废，但审计记录中已作废</translation>
    </message>
    <message>
        <source>%1 %2 is in the audit trail but not in the books (deleted)</source>
        <translation>%1 %2 在审计记录中，但账上没有（已被删除）</translation>
    </message>
    <message>
        <source>%1 %2 is open for %3 in the books, which is not its amount %4 less what is applied to it</source>
        <translation>账上 %1 %2 的未结金额为 %3，不等于其金额 %4 减去已核销的金额</translation>
    </message>
    <message>
        <source>the row digests of the import of %1 (audit entry %2) were changed or removed</source>
        <translation>导入 %1（审计记录 %2）的逐行摘要被改动或删除</translation>
    </message>
    <message>
        <source>the row digests of the import of %1 (audit entry %2) cannot be read</source>
        <translation>导入 %1（审计记录 %2）的逐行摘要无法读取</translation>
    </message>
    <message>
        <source>document %1 added by the import of %2 (audit entry %3) is missing from the books</source>
        <translation>导入 %2（审计记录 %3）添加的单据 %1 在账上不见了</translation>
    </message>
    <message>
        <source>%1 %2 (amount %3, customer %4 in the books) differs from what the import of %5 (audit entry %6) recorded</source>
        <translation>%1 %2（账上金额 %3，客户 %4）与导入 %5（审计记录 %6）所记录的不一致</translation>
    </message>
    <message>
        <source>application %1 added by the import of %2 (audit entry %3) is missing from the books</source>
        <translation>导入 %2（审计记录 %3）添加的核销 %1 在账上不见了</translation>
    </message>
    <message>
        <source>application %1 of %2 to %3 (amount %4 in the books) differs from what the import of %5 (audit entry %6) recorded</source>
        <translation>%2 对 %3 的核销 %1（账上金额 %4）与导入 %5（审计记录 %6）所记录的不一致</translation>
    </message>
    <message>
        <source>customer %1 has %2 %3 in the books, not what the import of %4 (audit entry %5) recorded</source>
        <translation>账上客户 %1 的 %2 为 %3，与导入 %4（审计记录 %5）所记录的不一致</translation>
    </message>
    <message>
        <source>%1 is already used</source>
        <translation>%1 已被使用</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Accept a backup that is not signed (older backups, or made where the company's key was not)</source>
        <translation>接受未签名的备份（较早的备份，或在没有公司密钥的电脑上制作的备份）</translation>
    </message>
    <message>
        <source>Warning: an unsigned backup cannot show that nobody changed it. Tick this only for a backup you made yourself and kept safe; a backup with a wrong signature is still refused.</source>
        <translation>警告：未签名的备份无法证明没有被人改动过。只有对您自己制作并妥善保管的备份才勾选此项；签名不符的备份仍会被拒绝。</translation>
    </message>
</context>
</TS>
