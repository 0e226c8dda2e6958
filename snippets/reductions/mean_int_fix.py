import torch

B = torch.arange(20).reshape(5, 4)

# 办法一：先转成浮点张量再求均值
print(B.float().mean())
#> tensor(9.5000)

# 办法二：用 dtype= 告诉 mean 按什么类型计算
print(B.mean(dtype=torch.float32))
#> tensor(9.5000)

# 办法三：从一开始就创建浮点张量，就像本章的 A
print(torch.arange(20, dtype=torch.float32).reshape(5, 4).mean())
#> tensor(9.5000)
