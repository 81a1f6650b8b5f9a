<#include "header.ftl">
<h1>${tag}</h1>
<ul><#list tag_posts as post><li><a href="${content.rootpath}${post.uri}">${post.title}</a></li></#list></ul>
<#include "footer.ftl">
