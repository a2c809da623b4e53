<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
  <context>
    <name>ReportModel</name>
    <message numerus="yes">
      <source>%1 (%n customer(s))</source>
      <translation><numerusform>%1 (%n customer)</numerusform><numerusform>%1 (%n customers)</numerusform></translation>
    </message>
  </context>
</TS>
