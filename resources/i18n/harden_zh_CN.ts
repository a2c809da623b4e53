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
</context>
</TS>
