import torch

x = torch.tensor([3.0, -4.0])

# 按定义：平方、求和、开方，sqrt(9 + 16) = 5
print(torch.sqrt(torch.sum(x**2)))
#> tensor(5.)

# 笔记里的写法和推荐的写法，结果相同
print(torch.norm(x))
#> tensor(5.)
print(torch.linalg.vector_norm(x))
#> tensor(5.)
