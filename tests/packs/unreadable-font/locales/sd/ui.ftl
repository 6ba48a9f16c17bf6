language-name = سنڌي
