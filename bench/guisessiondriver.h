#pragma once

#include <QString>

class MainWindow;
class SessionView;

// Drives the real main window the way a user does, for the session harnesses (sessions, soak): logs a customer in
// through a session's login panel, refreshes, and reads the process' resident memory and open file descriptors.
// Waits on the views' own signals, never on a timer; each wait gives up after 30 s (then the call returns false).
namespace GuiSessionDriver {

// Sets the offscreen platform unless the caller chose one (before QApplication).
void useOffscreenPlatformByDefault();
// Shows the window and starts its in-process demo tenant (Demo → Start, as a user does).
bool startDemo(MainWindow* window);
// Types the username and the demo password into the view's login panel and logs in; true when a ticket came.
bool logIn(SessionView* view, const QString& username);
// Refresh Now in the view; true when a new ticket came.
bool refresh(SessionView* view);
// Runs the event loop until posted deletions (closed sessions) are done.
void settle();
// Resident memory of this process in MB (VmRSS).
double residentMb();
// Open file descriptors of this process.
int openFileDescriptors();

} // namespace GuiSessionDriver
