<#include "header.ftl">
<#include "menu.ftl">
<#list posts as post><#if (post.status == "published") && (post?index < 10)>
<h2><a href="${post.uri}">${post.title}</a></h2>
<p>${post.date?string("dd MMMM yyyy")}</p>
</#if></#list>
<#include "footer.ftl">
