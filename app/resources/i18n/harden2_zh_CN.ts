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
