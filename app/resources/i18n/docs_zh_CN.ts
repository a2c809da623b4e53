<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Errors</name>
    <message>
        <source>a logo must be a PNG or JPEG picture</source>
        <translation>标志必须是 PNG 或 JPEG 图片</translation>
    </message>
    <message>
        <source>the picture is %1 KB; at most %2 KB</source>
        <translation>图片大小为 %1 KB，最多 %2 KB</translation>
    </message>
    <message>
        <source>the picture cannot be read; the file may be damaged</source>
        <translation>无法读取该图片，文件可能已损坏</translation>
    </message>
    <message>
        <source>the picture is %1 x %2 pixels; at most %3 x %4</source>
        <translation>图片为 %1 x %2 像素，最多 %3 x %4 像素</translation>
    </message>
    <message>
        <source>no such file: %1</source>
        <translation>文件不存在：%1</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Logo</source>
        <translation>公司标志</translation>
    </message>
</context>
<context>
    <name>LogoPicker</name>
    <message>
        <source>Choose picture…</source>
        <translation>选择图片…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>PNG or JPEG, at most 1 MB; printed at the top right of every document.</source>
        <translation>PNG 或 JPEG 格式，不超过 1 MB；印在每份单据的右上角。</translation>
    </message>
    <message>
        <source>Company logo</source>
        <translation>公司标志</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>图片 (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>无标志</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>公司标志</translation>
    </message>
</context>
</TS>
