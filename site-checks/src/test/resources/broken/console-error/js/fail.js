throw new Error("fixture: this script fails");
