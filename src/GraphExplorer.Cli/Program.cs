Console.Error.WriteLine("graphexplorer: no commands yet.");
return 2;
