# A progress line with the wrong variable name.
quiz-progress = سوال { $current } از { $count }
