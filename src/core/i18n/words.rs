use super::{I18n, Lang};
use fluent::{FluentArgs, FluentValue};

/// One language's words: how screens, notes and handouts read messages.
#[derive(Clone, Copy)]
pub struct Words<'a> {
    pub i18n: &'a I18n,
    pub lang: Lang,
}

impl Words<'_> {
    pub fn t(&self, id: &str) -> String {
        self.i18n.text(self.lang, id)
    }

    pub fn attr(&self, id: &str, attribute: &str) -> String {
        self.i18n.attr(self.lang, id, attribute)
    }

    /// A message with variables, numbers or text: `&[("total", 6)]`.
    pub fn t_with<V>(&self, id: &str, args: &[(&'static str, V)]) -> String
    where
        V: Clone + Into<FluentValue<'static>>,
    {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(*name, value.clone());
        }
        self.i18n.text_with(self.lang, id, &fluent_args)
    }
}
