//! Facilitator mode's screens: the workshop plan, the slides the room
//! sees, and the facilitator's notes.

pub mod agenda;
pub mod notes;
pub mod slides;

use crate::screen::Ctx;
use crate::widget::Ui;

/// Type sizes for a projector: readable from the back of a room.
const SCALE: f32 = 1.6;

/// A `Ui` whose sizes are the projector's.
fn projected(ctx: Ctx<'_>) -> Ui {
    let mut ui = ctx.ui();
    ui.typo.body *= SCALE;
    ui.typo.small *= SCALE;
    ui.typo.heading *= SCALE;
    ui.typo.title *= SCALE;
    ui
}
