import torch

x = torch.zeros((2, 3, 4))

# shape 是属性，size() 是方法，两者给出同一个 torch.Size
print(x.shape)
#> torch.Size([2, 3, 4])
print(x.size())
#> torch.Size([2, 3, 4])

# 想要某一维的长度：按下标取 shape，或把维度传给 size()
print(x.shape[1])
#> 3
print(x.size(1))
#> 3
