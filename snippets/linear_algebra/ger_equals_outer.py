import torch

x = torch.tensor([1, 2, 3])
y = torch.tensor([10, 20])

# 笔记里的写法，结果和 torch.outer 一模一样
print(torch.ger(x, y))
#> tensor([[10, 20],
#>         [20, 40],
#>         [30, 60]])
print(torch.equal(torch.ger(x, y), torch.outer(x, y)))
#> True
