# Rewords a question's prompt in Urdu; its options and explanation are not yet done.
q-what-it-is-what-is = ان میں سے کون سی بات بچوں کے آن لائن جنسی استحصال کو بیان کرتی ہے؟
