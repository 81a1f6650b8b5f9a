<#include "header.ftl">
<#include "menu.ftl">
<h1>${content.title}</h1>
<p>${content.date?string("dd MMMM yyyy")}</p>
${content.body}
<#if content.previousContent??><a href="${content.rootpath}${content.previousContent.noExtensionUri!content.previousContent.uri}">Previous</a></#if>
<#if content.nextContent??><a href="${content.rootpath}${content.nextContent.noExtensionUri!content.nextContent.uri}">Next</a></#if>
<#include "footer.ftl">
