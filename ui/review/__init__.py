"""The review queue (issue 19 item 3): ``view.ReviewView``, its dialogs, the word diff view and Localize…."""
