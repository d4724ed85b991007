#pragma once

#include "model/result.h"

#include "demo/demodata.h"

class QWidget;
class Store;

// The demo municipality the desktop client starts with on its default store.
namespace DemoStore {

// Fills the empty store with the demo data on a thread of its own
// (BackgroundWork), a progress dialog over `parent` (none: over nothing, at
// first start) saying how far it is, the event loop running meanwhile.
Status fill(QWidget *parent, const Store &store, DemoData::Options options = {});

} // namespace DemoStore
