import torch

x = torch.tensor([1.0, 2.0, 3.0])
y = torch.tensor([4.0, 5.0, 6.0])

# 1*4 + 2*5 + 3*6 = 32：结果是一个零维张量（标量）
print(torch.dot(x, y))
#> tensor(32.)
