from resource_desk.cli import main

raise SystemExit(main())
