<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title><#if (content.title)??>${content.title}<#else>Plain JBake</#if></title></head>
<body>
