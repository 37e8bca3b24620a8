"""Page previews of attachments: the thumbnail strip of the detail pane and the page viewer."""
