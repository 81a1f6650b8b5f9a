<#include "header.ftl">
<#include "menu.ftl">
<ul><#list published_posts as post><li>${post.date?string("dd MMMM yyyy")} <a href="${post.uri}">${post.title}</a></li></#list></ul>
<#include "footer.ftl">
