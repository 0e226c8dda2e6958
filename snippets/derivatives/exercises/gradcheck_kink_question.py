import torch

# 三个点里有一个恰好落在尖角 x = 0 上
x = torch.tensor([-1.0, 0.0, 2.0], dtype=torch.float64, requires_grad=True)
print(torch.autograd.gradcheck(torch.abs, (x,), raise_exception=False))
#> True
print(torch.autograd.gradcheck(torch.relu, (x,), raise_exception=False))
#> False
