<nav><a href="${content.rootpath!}index.html">Home</a> <a href="${content.rootpath!}archive.html">Archive</a> <a href="${content.rootpath!}feed.xml">Feed</a></nav>
